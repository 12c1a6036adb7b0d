import { pageParam } from '@/lib/pagination'

import type { ContentFilters, ContentStatus } from './types'

const STATUSES: readonly string[] = ['draft', 'published']

/** The list filters from the page's URL (`?q=…&status=draft&page=2`); anything unknown is dropped. */
export function readContentFilters(params: URLSearchParams): ContentFilters {
  const status = params.get('status') ?? ''
  return {
    q: params.get('q') || undefined,
    status: STATUSES.includes(status) ? (status as ContentStatus) : undefined,
    page: pageParam(params),
  }
}

export function contentSearchParams(filters: ContentFilters) {
  const entries = Object.entries(filters).filter(([key, value]) => value !== undefined && value !== '' && !(key === 'page' && value === 1))
  return new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))
}
