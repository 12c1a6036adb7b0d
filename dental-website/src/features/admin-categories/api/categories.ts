import { api } from '@/lib/api-client'
import type { Paginated } from '@/types/api'

import type { AdminCategory, CategoryPayload } from '../types'

export async function getCategories(signal?: AbortSignal) {
  const { data } = await api.get<Paginated<AdminCategory>>('/api/admin/categories', { params: { per_page: 100 }, signal })
  return data.items
}

export async function createCategory(payload: CategoryPayload) {
  const { data } = await api.post<AdminCategory>('/api/admin/categories', payload)
  return data
}

export async function updateCategory(id: number, payload: CategoryPayload) {
  const { data } = await api.patch<AdminCategory>(`/api/admin/categories/${id}`, payload)
  return data
}

/** Refused with 409 while the category still holds products. */
export async function deleteCategory(id: number) {
  await api.delete(`/api/admin/categories/${id}`)
}
