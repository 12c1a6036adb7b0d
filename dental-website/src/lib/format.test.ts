import { describe, expect, it } from 'vitest'

import { formatMoney, frenchSpacing, plural } from './format'

const spaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

describe('formatting', () => {
  it('formats prices the French way in the shop currency', () => {
    expect(spaces(formatMoney(1234.5, 'MAD'))).toBe('1 234,50 MAD')
    expect(spaces(formatMoney(129.9, 'EUR'))).toBe('129,90 €')
  })

  it('keeps a colon on the line of the word before it', () => {
    expect(frenchSpacing('Composites antérieurs : réussir « vite »')).toBe('Composites antérieurs\u202f: réussir «\u202fvite\u202f»')
  })

  it('writes counts in the singular or the plural', () => {
    expect(plural(1, 'produit')).toBe('1 produit')
    expect(plural(4, 'produit')).toBe('4 produits')
  })
})
