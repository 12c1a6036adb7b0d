export const SORTS = [
  { value: 'relevance', label: 'Pertinence' },
  { value: 'newest', label: 'Nouveautés' },
  { value: 'price_asc', label: 'Prix croissant' },
  { value: 'price_desc', label: 'Prix décroissant' },
  { value: 'name', label: 'Nom (A → Z)' },
  { value: 'rating', label: 'Mieux notés' },
] as const

export type Sort = (typeof SORTS)[number]['value']

export type CatalogFilters = {
  q: string
  category: string
  min_price: string
  max_price: string
  in_stock: boolean
  sort: Sort | ''
  page: number
}

export const PER_PAGE = 12

const isSort = (value: string): value is Sort => SORTS.some((sort) => sort.value === value)
const isPrice = (value: string) => /^\d+(?:[.,]\d{1,2})?$/.test(value)

/** The catalogue's state lives in the URL (shareable, kept on reload); bad values are dropped, not sent. */
export function readFilters(params: URLSearchParams): CatalogFilters {
  const sort = params.get('sort') ?? ''
  const page = Number(params.get('page') ?? '1')
  const price = (name: string) => {
    const value = (params.get(name) ?? '').trim()
    return isPrice(value) ? value.replace(',', '.') : ''
  }
  return {
    q: (params.get('q') ?? '').trim().slice(0, 100),
    category: params.get('category') ?? '',
    min_price: price('min_price'),
    max_price: price('max_price'),
    in_stock: params.get('in_stock') === 'true',
    sort: isSort(sort) && (sort !== 'relevance' || params.get('q')) ? sort : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  }
}

/** The query string of GET /api/products for these filters. */
export function toApiQuery(filters: CatalogFilters) {
  const query = new URLSearchParams({ page: String(filters.page), per_page: String(PER_PAGE) })
  if (filters.q) query.set('q', filters.q)
  if (filters.category) query.set('category', filters.category)
  if (filters.min_price) query.set('min_price', filters.min_price)
  if (filters.max_price) query.set('max_price', filters.max_price)
  if (filters.in_stock) query.set('in_stock', 'true')
  if (filters.sort) query.set('sort', filters.sort)
  return query
}

/** New URL params with some filters changed; any change but the page goes back to page 1. */
export function withFilters(params: URLSearchParams, changes: Partial<Record<keyof CatalogFilters, string | null>>) {
  const next = new URLSearchParams(params)
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === '') next.delete(name)
    else next.set(name, value)
  }
  if (!('page' in changes)) next.delete('page')
  return next
}

/** Filters of the side panel (the search box is not one of them). */
export function hasPanelFilters(filters: CatalogFilters) {
  return Boolean(filters.category || filters.min_price || filters.max_price || filters.in_stock)
}
