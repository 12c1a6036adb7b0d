import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'

import { renderWithApp } from '@/testing/render'

import { CART_STORAGE_KEY, type CartLine } from '../cart-store'
import { rememberEarlyCartClicks } from '../stored-cart'
import { CartButton } from './cart-button'
import { CartSheetLoader } from './cart-sheet-loader'

const LINE: CartLine = { productId: 2, slug: 'gants-nitrile-m', name: 'Gants nitrile taille M', price: 89.9, imageUrl: null, stock: 5, quantity: 2 }

/** The prerendered page's `Panier`: markup without React's handler. */
function clickPrerenderedCartButton() {
  const button = document.createElement('button')
  button.setAttribute('data-cart-button', '')
  document.body.append(button)
  button.click()
  button.remove()
}

function renderApp() {
  return renderWithApp(
    <>
      <CartButton />
      <CartSheetLoader customerName={null} />
    </>,
  )
}

describe('`Panier` clicked before the app has started', () => {
  beforeEach(() => localStorage.setItem(CART_STORAGE_KEY, JSON.stringify([LINE])))

  it('opens the cart once the app is there', async () => {
    rememberEarlyCartClicks()
    clickPrerenderedCartButton()
    renderApp()
    expect(await screen.findByRole('list', { name: 'Articles du panier' })).toHaveTextContent('Gants nitrile taille M')
  })

  it('leaves the cart closed without such a click, and forgets clicks once the app has started', async () => {
    rememberEarlyCartClicks()
    renderApp()
    clickPrerenderedCartButton()
    expect(await screen.findByRole('button', { name: 'Panier, 2 articles' })).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Articles du panier' })).not.toBeInTheDocument()
  })
})
