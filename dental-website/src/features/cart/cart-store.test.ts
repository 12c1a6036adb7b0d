import { describe, expect, it } from 'vitest'

import { addProduct, applyConflict, capQuantity, MAX_LINES, parseStoredCart, setQuantity, type CartLine, type CartProduct } from './cart-store'

const product = (overrides: Partial<CartProduct> = {}): CartProduct => ({
  id: 1,
  slug: 'gants',
  name: 'Gants nitrile',
  price: 89.9,
  image_url: null,
  stock_quantity: 5,
  ...overrides,
})

describe('cart rules', () => {
  it('adds a product once and merges later additions into the same line', () => {
    const lines = addProduct(addProduct([], product(), 2), product(), 1)
    expect(lines).toHaveLength(1)
    expect(lines[0].quantity).toBe(3)
  })

  it('caps the quantity at the stock', () => {
    const lines = addProduct(addProduct([], product(), 4), product(), 4)
    expect(lines[0].quantity).toBe(5)
    expect(setQuantity(lines, 1, 50)[0].quantity).toBe(5)
  })

  it('caps the quantity at 99 whatever the stock', () => {
    expect(capQuantity(500, 1000)).toBe(99)
  })

  it('does not add a product that is out of stock', () => {
    expect(addProduct([], product({ stock_quantity: 0 }))).toEqual([])
  })

  it('removes a line whose quantity is set to zero', () => {
    const lines = addProduct([], product(), 2)
    expect(setQuantity(lines, 1, 0)).toEqual([])
  })

  it('refuses a new line past 50 lines', () => {
    const full = Array.from({ length: MAX_LINES }, (_, index) => product({ id: index + 1 })).reduce<CartLine[]>(
      (lines, item) => addProduct(lines, item),
      [],
    )
    expect(addProduct(full, product({ id: 999 }))).toHaveLength(MAX_LINES)
  })
})

describe('stored cart', () => {
  it('restores valid lines and caps them at their stock', () => {
    const stored = JSON.stringify([{ productId: 1, slug: 'a', name: 'A', price: 10, imageUrl: null, stock: 2, quantity: 9 }])
    expect(parseStoredCart(stored)).toEqual([{ productId: 1, slug: 'a', name: 'A', price: 10, imageUrl: null, stock: 2, quantity: 2 }])
  })

  it('ignores text that is not a cart', () => {
    expect(parseStoredCart('{oops')).toEqual([])
    expect(parseStoredCart('{"a":1}')).toEqual([])
    expect(parseStoredCart(JSON.stringify([{ productId: 'x' }]))).toEqual([])
    expect(parseStoredCart(null)).toEqual([])
  })
})

describe('checkout conflicts', () => {
  const lines = addProduct(addProduct([], product(), 2), product({ id: 2, name: 'Composite A2', price: 150, stock_quantity: 10 }), 4)

  it('takes the current prices and lists what changed', () => {
    const { lines: next, changes } = applyConflict(lines, {
      message: 'Les prix ont changé.',
      cart: { items: [{ product_id: 1, unit_price: 99.9, quantity: 2 }, { product_id: 2, unit_price: 150, quantity: 4 }], total_price: 799.8 },
    })
    expect(next[0].price).toBe(99.9)
    expect(changes).toEqual([{ kind: 'price', productId: 1, name: 'Gants nitrile', from: 89.9, to: 99.9 }])
  })

  it('lowers short lines to the stock left and drops sold-out ones', () => {
    const { lines: next, changes } = applyConflict(lines, {
      message: 'Stock insuffisant.',
      shortages: [
        { product_id: 1, name: 'Gants nitrile', requested: 2, available: 0 },
        { product_id: 2, name: 'Composite A2', requested: 4, available: 1 },
      ],
    })
    expect(next).toHaveLength(1)
    expect(next[0]).toMatchObject({ productId: 2, quantity: 1, stock: 1 })
    expect(changes.map((change) => change.kind)).toEqual(['stock', 'stock'])
  })

  it('takes the stock listed with the current prices, and says when a quantity had to drop', () => {
    const { lines: next, changes } = applyConflict(lines, {
      message: 'Les prix ont changé.',
      cart: { items: [{ product_id: 2, unit_price: 150, quantity: 4, stock_quantity: 2 }], total_price: 300 },
    })
    expect(next[1]).toMatchObject({ productId: 2, quantity: 2, stock: 2 })
    expect(changes).toEqual([{ kind: 'stock', productId: 2, name: 'Composite A2', requested: 4, available: 2 }])
  })
})
