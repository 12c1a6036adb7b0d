import { api } from '@/lib/api-client'
import type { Paginated } from '@/types/api'

import type { AdminCategory } from '../types'

export async function getAdminCategories(signal?: AbortSignal) {
  const { data } = await api.get<Paginated<AdminCategory>>('/api/admin/categories', { params: { per_page: 100 }, signal })
  return data.items
}
