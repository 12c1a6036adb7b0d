import { api } from '@/lib/api-client'

import type { AdminProduct } from '../types'

/** Deletes a product; one that appears in orders is deactivated instead (the answer is then the product). */
export async function deleteProduct(id: number) {
  const response = await api.delete<AdminProduct | ''>(`/api/admin/products/${id}`)
  return response.status === 200 && response.data ? { deactivated: true as const, product: response.data } : { deactivated: false as const }
}
