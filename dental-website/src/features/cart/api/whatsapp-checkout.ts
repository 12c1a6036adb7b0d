import { api } from '@/lib/api-client'
import type { CheckoutResponse } from '@/types/api'

export type CheckoutInput = {
  items: { product_id: number; quantity: number }[]
  customer_name?: string
  customer_phone?: string
  delivery_city?: string
  delivery_address?: string
  note?: string
  total_price: number
  whatsapp_message?: string
}

/** Places the order; the same key and body again answers the same order (a double click orders once). */
export async function whatsappCheckout(input: CheckoutInput, idempotencyKey: string) {
  const { data } = await api.post<CheckoutResponse>('/api/orders/whatsapp_checkout', input, {
    headers: { 'Idempotency-Key': idempotencyKey },
  })
  return data
}

export function newIdempotencyKey() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
