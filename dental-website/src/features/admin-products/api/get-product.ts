import { api } from '@/lib/api-client'

import type { AdminProduct } from '../types'

export async function getAdminProduct(id: number, signal?: AbortSignal) {
  const { data } = await api.get<AdminProduct>(`/api/admin/products/${id}`, { signal })
  return data
}
