import { api } from '@/lib/api-client'

import type { AdminProduct, ProductPayload } from '../types'

export async function createProduct(payload: ProductPayload) {
  const { data } = await api.post<AdminProduct>('/api/admin/products', payload)
  return data
}

/** A partial update sent with the version the form was loaded from: a sale in between answers 412. */
export async function updateProduct(id: number, version: number, payload: ProductPayload) {
  const { data } = await api.patch<AdminProduct>(`/api/admin/products/${id}`, payload, { headers: { 'If-Match': `"${version}"` } })
  return data
}
