import { formatMoney } from '@/lib/format'

import type { CartLine } from './cart-store'
import { cartTotal, lineTotal } from './cart-totals'

export type CheckoutCustomer = {
  name: string
  phone?: string
  city?: string
  address?: string
  note?: string
}

type MessageInput = {
  storeName: string
  currency: string
  lines: Pick<CartLine, 'name' | 'price' | 'quantity'>[]
  customer: CheckoutCustomer
}

/** The order as it will read in WhatsApp; the server writes the real one, this is the preview. */
export function buildWhatsAppMessage({ storeName, currency, lines, customer }: MessageInput) {
  const money = (value: number) => formatMoney(value, currency)
  const details: [string, string | undefined][] = [
    ['Nom', customer.name],
    ['Téléphone', customer.phone],
    ['Ville de livraison', customer.city],
    ['Adresse', customer.address],
    ['Note', customer.note],
  ]
  return [
    `Bonjour ${storeName}, je souhaite commander :`,
    ...lines.map((line) => `• ${line.quantity} × ${line.name} — ${money(lineTotal(line))}`),
    `Total : ${money(cartTotal(lines))}`,
    '',
    ...details.filter(([, value]) => value?.trim()).map(([label, value]) => `${label} : ${value?.trim()}`),
  ]
    .join('\n')
    .trim()
}
