import { api } from '@/lib/api-client'
import type { Paginated } from '@/types/api'

import type { AdminProduct, ProductFilters } from '../types'

export async function getAdminProducts(filters: ProductFilters, signal?: AbortSignal) {
  const params = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''))
  const { data } = await api.get<Paginated<AdminProduct>>('/api/admin/products', { params: { per_page: 20, sort: 'name', ...params }, signal })
  return data
}
