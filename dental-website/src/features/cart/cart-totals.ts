import type { CartLine } from './cart-store'

const cents = (value: number) => Math.round(value * 100)

/** Line and cart totals in whole cents, so 3 × 0,10 is 0,30 and not 0,30000000000000004. */
export function lineTotal(line: Pick<CartLine, 'price' | 'quantity'>) {
  return (cents(line.price) * line.quantity) / 100
}

export function cartTotal(lines: Pick<CartLine, 'price' | 'quantity'>[]) {
  return lines.reduce((sum, line) => sum + cents(line.price) * line.quantity, 0) / 100
}

export function cartCount(lines: Pick<CartLine, 'quantity'>[]) {
  return lines.reduce((sum, line) => sum + line.quantity, 0)
}

/**
 * The `Panier` button's accessible name. It holds the words the button shows ("Panier", the count), so a
 * voice-control user can say what they see (WCAG 2.5.3).
 */
export function cartButtonLabel(count: number) {
  return `Panier, ${count} article${count > 1 ? 's' : ''}`
}
