import { describe, expect, it } from 'vitest'

import { readFilters, toApiQuery, withFilters } from './catalog-params'

describe('catalogue URL', () => {
  it('reads the filters from the URL and sends them to the API', () => {
    const filters = readFilters(new URLSearchParams('q=gants&category=hygiene&min_price=10&max_price=99,5&in_stock=true&sort=price_asc&page=2'))
    expect(Object.fromEntries(toApiQuery(filters))).toEqual({
      page: '2',
      per_page: '12',
      q: 'gants',
      category: 'hygiene',
      min_price: '10',
      max_price: '99.5',
      in_stock: 'true',
      sort: 'price_asc',
    })
  })

  it('drops values the API would refuse', () => {
    const filters = readFilters(new URLSearchParams('min_price=abc&sort=cheapest&page=-3&in_stock=yes'))
    expect(Object.fromEntries(toApiQuery(filters))).toEqual({ page: '1', per_page: '12' })
  })

  it('sorts by relevance only when there is a query', () => {
    expect(readFilters(new URLSearchParams('sort=relevance')).sort).toBe('')
    expect(readFilters(new URLSearchParams('sort=relevance&q=gants')).sort).toBe('relevance')
  })

  it('goes back to page 1 when a filter changes', () => {
    const next = withFilters(new URLSearchParams('q=gants&page=3'), { category: 'instruments' })
    expect(next.toString()).toBe('q=gants&category=instruments')
  })
})
