import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { products } from '@/testing/data'
import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import { CaseStudyFormDialog } from './case-study-form-dialog'

function adminProducts() {
  server.use(
    http.get('/api/admin/products', ({ request }) => {
      const q = new URL(request.url).searchParams.get('q')?.toLowerCase() ?? ''
      const items = products.filter((product) => product.name.toLowerCase().includes(q))
      return HttpResponse.json({ items, page: 1, per_page: 8, total: items.length, pages: 1 })
    }),
  )
}

// jsdom has no ResizeObserver; Radix's switch measures itself with one.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
})

describe('case study editor', () => {
  it('links products found by name and sends their ids', async () => {
    adminProducts()
    let body: Record<string, unknown> = {}
    server.use(
      http.post('/api/admin/case-studies', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>
        return HttpResponse.json({ id: 3, slug: 'facette', ...body }, { status: 201 })
      }),
    )
    const { user } = renderWithApp(<CaseStudyFormDialog open caseStudy={null} onOpenChange={vi.fn()} onSaved={vi.fn()} />)
    await user.type(screen.getByLabelText('Titre'), 'Facette')
    await user.type(screen.getByLabelText('Résumé'), 'Une incisive.')
    await user.type(screen.getByLabelText('Contenu (Markdown)'), 'Protocole.')
    await user.type(screen.getByLabelText('Ajouter un produit'), 'gants')
    const found = await screen.findByRole('list', { name: 'Produits trouvés' })
    await user.click(within(found).getByRole('button', { name: 'Ajouter : Gants nitrile taille M' }))
    expect(within(screen.getByRole('list', { name: 'Produits liés' })).getByText('Gants nitrile taille M')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText('Cas clinique « Facette » créé (brouillon).')).toBeInTheDocument()
    expect(body).toMatchObject({ title: 'Facette', product_ids: [2], before_image_url: null, after_image_url: null, status: 'draft' })
  })

  it('shows an unknown product refused by the API under the product picker', async () => {
    server.use(
      http.post('/api/admin/case-studies', () =>
        HttpResponse.json({ message: 'Données invalides.', errors: { product_ids: ['Produits inconnus : 2.'] } }, { status: 422 }),
      ),
    )
    adminProducts()
    const { user } = renderWithApp(<CaseStudyFormDialog open caseStudy={null} onOpenChange={vi.fn()} onSaved={vi.fn()} />)
    await user.type(screen.getByLabelText('Titre'), 'Facette')
    await user.type(screen.getByLabelText('Résumé'), 'Une incisive.')
    await user.type(screen.getByLabelText('Contenu (Markdown)'), 'Protocole.')
    await user.type(screen.getByLabelText('Ajouter un produit'), 'gants')
    await user.click(await screen.findByRole('button', { name: 'Ajouter : Gants nitrile taille M' }))
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText('Produits inconnus : 2.')).toBeInTheDocument()
    expect(screen.getByLabelText('Titre')).toHaveValue('Facette')
  })
})
