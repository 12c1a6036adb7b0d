import { describe, expect, it } from 'vitest'

import { emptyProduct, productSchema, toPayload } from './product-schema'

const valid = { ...emptyProduct, name: 'Miroir buccal', price: '129,90', stock_quantity: '12', category_id: '3' }

function messages(values: object) {
  const result = productSchema.safeParse(values)
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]))
}

describe('productSchema', () => {
  it('accepts a complete product and turns it into the API types', () => {
    expect(messages(valid)).toEqual({})
    expect(toPayload(valid)).toMatchObject({ name: 'Miroir buccal', price: 129.9, stock_quantity: 12, category_id: 3, brand: null, low_stock_threshold: null })
  })

  it('explains a missing name, a bad price, a negative stock and no category', () => {
    expect(messages({ ...valid, name: ' ', price: '12,999', stock_quantity: '-1', category_id: '' })).toEqual({
      name: 'Le nom est obligatoire.',
      price: 'Un prix en chiffres, par exemple 129,90.',
      stock_quantity: 'Le stock est un nombre entier, zéro ou plus.',
      category_id: 'Choisissez une catégorie.',
    })
  })

  it('refuses a zero price and a threshold that is not a whole number', () => {
    expect(messages({ ...valid, price: '0', low_stock_threshold: '2.5' })).toEqual({
      price: 'Le prix doit être supérieur à zéro.',
      low_stock_threshold: 'Un nombre entier, ou vide pour le seuil de la boutique.',
    })
  })

  it('sends only the edited fields of an update', () => {
    expect(toPayload({ ...valid, low_stock_threshold: '5' }, ['low_stock_threshold'])).toEqual({ low_stock_threshold: 5 })
  })
})
