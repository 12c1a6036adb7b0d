import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import { ProductsRoute } from './products'

function renderCatalogue(url = '/produits') {
  return renderWithApp(<ProductsRoute />, { path: '/produits', url })
}

describe('catalogue page', () => {
  it('shows skeletons, then product cards with `Ajouter au panier` on in-stock ones only', async () => {
    renderCatalogue()
    expect(screen.getByRole('status', { name: 'Chargement des produits' })).toBeInTheDocument()
    const grid = await screen.findByRole('list', { name: 'Produits' })
    const cards = within(grid).getAllByRole('article')
    expect(cards).toHaveLength(3)
    expect(within(grid).getAllByRole('button', { name: 'Ajouter au panier' })).toHaveLength(2)
    expect(within(cards[2]).getByText('Rupture de stock')).toBeInTheDocument()
    expect(within(cards[0]).getByText('Plus que 3 en stock')).toBeInTheDocument()
  })

  it('sends the URL filters to the API', async () => {
    let query = ''
    server.use(
      http.get('/api/products', ({ request }) => {
        query = new URL(request.url).search
        return HttpResponse.json({ items: [], page: 1, per_page: 12, total: 0, pages: 0 })
      }),
    )
    renderCatalogue('/produits?q=gants&category=instruments&in_stock=true&sort=price_asc')
    await screen.findByText(/Aucun produit ne correspond à « gants »/)
    expect(Object.fromEntries(new URLSearchParams(query))).toMatchObject({ q: 'gants', category: 'instruments', in_stock: 'true', sort: 'price_asc' })
  })

  it('says what to try when nothing matches', async () => {
    server.use(http.get('/api/products', () => HttpResponse.json({ items: [], page: 1, per_page: 12, total: 0, pages: 0 })))
    renderCatalogue('/produits?q=zzz&in_stock=true')
    expect(await screen.findByRole('heading', { name: 'Aucun produit ne correspond à « zzz »' })).toBeInTheDocument()
    expect(screen.getByText(/Vérifiez l'orthographe/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Garder la recherche, retirer les filtres' })).toHaveAttribute('href', '/produits?q=zzz')
  })

  it('puts the sort in the URL', async () => {
    const { user, router } = renderCatalogue('/produits?page=2')
    await screen.findByRole('list', { name: 'Produits' })
    await user.selectOptions(screen.getByLabelText('Trier par'), 'price_desc')
    expect(router.state.location.search).toBe('?sort=price_desc')
  })

  it("shows the API's message when the list cannot load", async () => {
    server.use(http.get('/api/products', () => HttpResponse.json({ message: 'Paramètre invalide.' }, { status: 422 })))
    renderCatalogue()
    expect(await screen.findByText('Paramètre invalide.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument()
  })
})
