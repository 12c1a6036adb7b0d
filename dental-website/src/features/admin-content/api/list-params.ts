import type { ContentFilters } from '../types'

/** The list's query string: only the filters that are set. */
export function listParams(filters: ContentFilters) {
  const params = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''))
  return { per_page: 20, ...params }
}
