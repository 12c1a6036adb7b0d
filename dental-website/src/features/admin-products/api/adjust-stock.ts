import { api } from '@/lib/api-client'

export async function adjustStock(id: number, delta: number, reason: string) {
  const { data } = await api.post<{ stock_quantity: number }>(`/api/admin/products/${id}/stock-adjustments`, { delta, reason })
  return data
}
