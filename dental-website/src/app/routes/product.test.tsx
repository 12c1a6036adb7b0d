import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { CART_STORAGE_KEY } from '@/features/cart/cart-store'
import { client } from '@/testing/data'
import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import { ProductRoute } from './product'

function renderProduct(slug = 'detartreur-ultrasonique-zephyr') {
  return renderWithApp(<ProductRoute />, { path: '/produits/:slug', url: `/produits/${slug}` })
}

describe('product page', () => {
  it('shows the product, its stock and its schema.org data', async () => {
    renderProduct()
    expect(await screen.findByRole('heading', { level: 1, name: 'Détartreur ultrasonique Zéphyr' })).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'Détartreur ultrasonique Zéphyr' })).toBeInTheDocument()
    expect(screen.getByText('Plus que 3 en stock')).toBeInTheDocument()
    const jsonLd = document.querySelector('script[type="application/ld+json"]')
    expect(JSON.parse(jsonLd?.textContent ?? '{}')).toMatchObject({ '@type': 'Product', offers: { priceCurrency: 'MAD', price: '4990.00' } })
  })

  it('caps the quantity picker at the stock and adds that many to the cart', async () => {
    const { user } = renderProduct()
    const group = await screen.findByRole('group', { name: 'Quantité' })
    const plus = within(group).getByRole('button', { name: 'Augmenter la quantité' })
    for (let click = 0; click < 5; click += 1) if (!plus.hasAttribute('disabled')) await user.click(plus)
    expect(within(group).getByRole('spinbutton')).toHaveValue(3)
    await user.click(screen.getByRole('button', { name: 'Ajouter au panier' }))
    await vi.waitFor(() =>
      expect(JSON.parse(localStorage.getItem(CART_STORAGE_KEY) ?? '[]')[0]).toMatchObject({ productId: 1, quantity: 3 }),
    )
  })

  it('has no `Ajouter au panier` when the product is out of stock', async () => {
    renderProduct('miroir-buccal-5')
    expect(await screen.findByText(/en rupture de stock/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Ajouter au panier' })).not.toBeInTheDocument()
  })

  it('answers an unknown product with a 404 page', async () => {
    renderProduct('inconnu')
    expect(await screen.findByRole('heading', { name: 'Produit introuvable' })).toBeInTheDocument()
  })

  it('invites visitors to log in before reviewing and reads the stars aloud', async () => {
    renderProduct()
    expect(await screen.findByRole('link', { name: 'Connectez-vous' })).toHaveAttribute('href', '/connexion?next=%2Fproduits%2Fdetartreur-ultrasonique-zephyr')
    expect(await screen.findByRole('img', { name: 'Note : 5 sur 5' })).toBeInTheDocument()
  })

  it('lets a logged-in client leave a review, and asks for a rating first', async () => {
    document.cookie = 'csrf_refresh_token=c; path=/'
    let posted: unknown = null
    server.use(
      http.post('/api/auth/refresh', () => HttpResponse.json({ access_token: 'a' })),
      http.post('/api/products/:slug/reviews', async ({ request }) => {
        posted = await request.json()
        return HttpResponse.json({ id: 2, rating: 4, comment: 'Très bien', author_name: client.full_name, verified_purchase: false, created_at: '2026-03-01T10:00:00Z' }, { status: 201 })
      }),
    )
    const { user } = renderProduct()
    const form = await screen.findByRole('group', { name: 'Votre note' })
    await user.click(screen.getByRole('button', { name: 'Publier mon avis' }))
    expect(await screen.findByText('Choisissez une note de 1 à 5 étoiles.')).toBeInTheDocument()
    await user.click(within(form).getByRole('radio', { name: '4 étoiles' }))
    await user.type(screen.getByLabelText('Votre commentaire'), 'Très bien')
    await user.click(screen.getByRole('button', { name: 'Publier mon avis' }))
    await vi.waitFor(() => expect(posted).toEqual({ rating: 4, comment: 'Très bien' }))
  })
})
