/** The `page` of a list's URL: a positive integer, else 1. */
export function pageParam(params: URLSearchParams) {
  const page = Number(params.get('page') ?? '1')
  return Number.isInteger(page) && page > 0 ? page : 1
}
