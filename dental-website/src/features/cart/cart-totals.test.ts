import { describe, expect, it } from 'vitest'

import { cartCount, cartTotal, lineTotal } from './cart-totals'

describe('cart totals', () => {
  it('multiplies in cents, without floating point drift', () => {
    expect(lineTotal({ price: 0.1, quantity: 3 })).toBe(0.3)
    expect(cartTotal([{ price: 89.9, quantity: 3 }, { price: 0.1, quantity: 2 }])).toBe(269.9)
  })

  it('counts every unit, not every line', () => {
    expect(cartCount([{ quantity: 2 }, { quantity: 5 }])).toBe(7)
    expect(cartTotal([])).toBe(0)
  })
})
