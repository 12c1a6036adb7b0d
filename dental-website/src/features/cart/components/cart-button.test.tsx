import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithApp } from '@/testing/render'

import { CART_STORAGE_KEY } from '../cart-store'
import { CartButton } from './cart-button'

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** WCAG 2.5.3 (axe's label-content-name-mismatch): a voice-control user says what the button shows. */
function expectNameToHoldItsText(button: HTMLElement) {
  const name = words(button.getAttribute('aria-label') ?? '').join(' ')
  expect(name).toContain(words(button.textContent ?? '').join(' '))
}

describe('Panier button', () => {
  it('names an empty cart with the 0 it shows', () => {
    renderWithApp(<CartButton />)
    const button = screen.getByRole('button', { name: 'Panier, 0 article' })
    expect(button).toHaveTextContent('Panier 0')
    expectNameToHoldItsText(button)
  })

  it('names the number of items it shows', () => {
    localStorage.setItem(CART_STORAGE_KEY, JSON.stringify([
      { productId: 2, slug: 'gants-nitrile-m', name: 'Gants nitrile taille M', price: 89.9, imageUrl: null, stock: 5, quantity: 2 },
    ]))
    renderWithApp(<CartButton />)
    const button = screen.getByRole('button', { name: 'Panier, 2 articles' })
    expectNameToHoldItsText(button)
  })
})
