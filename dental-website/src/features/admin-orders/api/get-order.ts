import { api } from '@/lib/api-client'

import type { AdminOrder } from '../types'

export async function getOrder(id: number, signal?: AbortSignal) {
  const { data } = await api.get<AdminOrder>(`/api/admin/orders/${id}`, { signal })
  return data
}
