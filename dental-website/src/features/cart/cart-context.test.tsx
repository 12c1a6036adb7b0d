import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { products, summary } from '@/testing/data'
import { renderWithApp } from '@/testing/render'

import { useCart } from './cart-context'
import { CART_STORAGE_KEY } from './cart-store'

function CartProbe() {
  const { count, add } = useCart()
  return (
    <>
      <p>{count} article(s)</p>
      <button type="button" onClick={() => add(summary(products[1]), 2)}>
        Ajouter
      </button>
    </>
  )
}

describe('CartProvider', () => {
  it('writes the cart to localStorage and reads it back after a reload', async () => {
    const first = renderWithApp(<CartProbe />)
    await first.user.click(screen.getByRole('button', { name: 'Ajouter' }))
    expect(screen.getByText('2 article(s)')).toBeInTheDocument()
    first.unmount()
    renderWithApp(<CartProbe />)
    expect(screen.getByText('2 article(s)')).toBeInTheDocument()
  })

  it('follows a change made in another tab', () => {
    renderWithApp(<CartProbe />)
    const lines = [{ productId: 9, slug: 's', name: 'S', price: 1, imageUrl: null, stock: 9, quantity: 4 }]
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: CART_STORAGE_KEY, newValue: JSON.stringify(lines) }))
    })
    expect(screen.getByText('4 article(s)')).toBeInTheDocument()
  })
})
