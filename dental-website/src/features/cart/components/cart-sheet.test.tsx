import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import { leaveSiteFor } from '@/lib/navigation'
import { makeOrder } from '@/testing/data'
import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import { CART_STORAGE_KEY, type CartLine } from '../cart-store'
import { CartButton } from './cart-button'
import { CartSheetLoader } from './cart-sheet-loader'

vi.mock('@/lib/navigation', () => ({ leaveSiteFor: vi.fn() }))

const LINES: CartLine[] = [
  { productId: 2, slug: 'gants-nitrile-m', name: 'Gants nitrile taille M', price: 89.9, imageUrl: null, stock: 5, quantity: 2 },
  { productId: 4, slug: 'composite-a2', name: 'Composite A2', price: 150, imageUrl: null, stock: 3, quantity: 1 },
]
const WA_URL = 'https://wa.me/212600000000?text=Commande%20DT-000042'

function renderCart() {
  localStorage.setItem(CART_STORAGE_KEY, JSON.stringify(LINES))
  return renderWithApp(
    <>
      <CartButton />
      <CartSheetLoader customerName={null} />
    </>,
  )
}

async function openCheckout(user: ReturnType<typeof renderWithApp>['user']) {
  await user.click(screen.getByRole('button', { name: /panier/i }))
  await user.click(await screen.findByRole('button', { name: 'Commander via WhatsApp' }))
}

const storedCart = () => JSON.parse(localStorage.getItem(CART_STORAGE_KEY) ?? '[]') as CartLine[]

describe('cart sheet and WhatsApp checkout', () => {
  beforeEach(() => vi.mocked(leaveSiteFor).mockReset())

  it('shows the count on `Panier` and the lines with their totals', async () => {
    const { user } = renderCart()
    const button = screen.getByRole('button', { name: 'Panier, 3 articles' })
    await user.click(button)
    const list = await screen.findByRole('list', { name: 'Articles du panier' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByTestId('cart-total').textContent?.replace(/\s/g, ' ')).toBe('329,80 MAD')
  })

  it('caps a line at the stock', async () => {
    const { user } = renderCart()
    await user.click(screen.getByRole('button', { name: /panier/i }))
    const group = await screen.findByRole('group', { name: 'Quantité de Composite A2' })
    const plus = within(group).getByRole('button', { name: 'Augmenter la quantité' })
    await user.click(plus)
    await user.click(plus)
    expect(plus).toBeDisabled()
    expect(within(group).getByRole('spinbutton')).toHaveValue(3)
    await vi.waitFor(() => expect(storedCart()[1].quantity).toBe(3))
  })

  it('asks a guest for a name before ordering', async () => {
    const { user } = renderCart()
    await openCheckout(user)
    await user.click(screen.getByRole('button', { name: 'Confirmer et ouvrir WhatsApp' }))
    expect(await screen.findByText('Indiquez votre nom pour que nous puissions vous répondre.')).toBeInTheDocument()
  })

  it('posts the order with an Idempotency-Key, empties the cart and goes to WhatsApp in the same tab', async () => {
    let body: Record<string, unknown> = {}
    let key: string | null = null
    server.use(
      http.post('/api/orders/whatsapp_checkout', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>
        key = request.headers.get('Idempotency-Key')
        return HttpResponse.json({ order: makeOrder({ reference: 'DT-000042' }), whatsapp_url: WA_URL }, { status: 201 })
      }),
    )
    const { user } = renderCart()
    await openCheckout(user)
    await user.type(screen.getByLabelText('Nom complet'), 'Dr Karim Alaoui')
    await user.type(screen.getByLabelText('Ville de livraison (facultatif)'), 'Rabat')
    expect(screen.getByTestId('whatsapp-preview')).toHaveTextContent('Nom : Dr Karim Alaoui')
    await user.click(screen.getByRole('button', { name: 'Confirmer et ouvrir WhatsApp' }))
    await vi.waitFor(() => expect(leaveSiteFor).toHaveBeenCalledWith(WA_URL))
    expect(key).toMatch(/^[\w-]{16,64}$/)
    expect(body).toMatchObject({
      items: [
        { product_id: 2, quantity: 2 },
        { product_id: 4, quantity: 1 },
      ],
      customer_name: 'Dr Karim Alaoui',
      delivery_city: 'Rabat',
      total_price: 329.8,
    })
    expect(body).not.toHaveProperty('customer_phone')
    await vi.waitFor(() => expect(storedCart()).toEqual([]))
  })

  it('explains a price change (409) and updates the cart', async () => {
    server.use(
      http.post('/api/orders/whatsapp_checkout', () =>
        HttpResponse.json(
          {
            message: 'Les prix ont changé depuis votre ajout au panier.',
            cart: { items: [{ product_id: 2, unit_price: 99.9, quantity: 2 }, { product_id: 4, unit_price: 150, quantity: 1 }], total_price: 349.8 },
          },
          { status: 409 },
        ),
      ),
    )
    const { user } = renderCart()
    await openCheckout(user)
    await user.type(screen.getByLabelText('Nom complet'), 'Dr Karim Alaoui')
    await user.click(screen.getByRole('button', { name: 'Confirmer et ouvrir WhatsApp' }))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Votre panier a été mis à jour')).toBeInTheDocument()
    expect(alert.textContent?.replace(/\s/g, ' ')).toContain('Le prix de « Gants nitrile taille M » est passé de 89,90 MAD à 99,90 MAD.')
    expect(screen.getByTestId('cart-total').textContent?.replace(/\s/g, ' ')).toBe('349,80 MAD')
    // The cart is written to localStorage by an effect, which React may run after the alert is painted.
    await vi.waitFor(() => expect(storedCart()[0].price).toBe(99.9))
    expect(leaveSiteFor).not.toHaveBeenCalled()
  })

  it('keeps the cart when the network fails', async () => {
    server.use(http.post('/api/orders/whatsapp_checkout', () => HttpResponse.error()))
    const { user } = renderCart()
    await openCheckout(user)
    await user.type(screen.getByLabelText('Nom complet'), 'Dr Karim Alaoui')
    await user.click(screen.getByRole('button', { name: 'Confirmer et ouvrir WhatsApp' }))
    expect(await screen.findByText(/Connexion au serveur impossible/)).toBeInTheDocument()
    expect(storedCart()).toHaveLength(2)
    expect(leaveSiteFor).not.toHaveBeenCalled()
  })
})
