import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { makeProduct } from '@/testing/data'
import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import { ProductFormDialog } from './product-form-dialog'

// The form's switch measures itself; jsdom has no layout to observe.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const categories = [{ id: 3, name: 'Instruments', slug: 'instruments', product_count: 4 }]

function renderForm() {
  const sent = vi.fn()
  server.use(
    http.post('/api/admin/products', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>
      sent(body)
      return HttpResponse.json({ id: 9, name: body.name, version: 1 }, { status: 201 })
    }),
  )
  const onSaved = vi.fn()
  const view = renderWithApp(<ProductFormDialog open product={null} categories={categories} onOpenChange={vi.fn()} onSaved={onSaved} />)
  return { ...view, sent, onSaved }
}

const IMAGES = ['/static/uploads/products/face.webp', '/static/uploads/products/profil.webp', '/static/uploads/products/boite.webp']

function renderEdit() {
  const sent = vi.fn()
  server.use(
    http.patch('/api/admin/products/5', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>
      sent(body)
      return HttpResponse.json({ id: 5, name: 'Miroir buccal', version: 3, ...body })
    }),
  )
  const product = { ...makeProduct({ id: 5, name: 'Miroir buccal', images: IMAGES }), is_active: true, version: 2 }
  const onSaved = vi.fn()
  const view = renderWithApp(<ProductFormDialog open product={product} categories={categories} onOpenChange={vi.fn()} onSaved={onSaved} />)
  return { ...view, sent, onSaved }
}

/** The previews in the order shown, by file name. */
function shownImages() {
  const list = screen.getByRole('list', { name: 'Images du produit' })
  return within(list)
    .getAllByRole('img')
    .map((image) => image.getAttribute('src')?.split('/').pop())
}

describe('ProductFormDialog', () => {
  it('explains each mistake beside its field and sends nothing', async () => {
    const { user, sent } = renderForm()
    await user.type(screen.getByLabelText('Prix'), '12,999')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText('Le nom est obligatoire.')).toBeInTheDocument()
    expect(screen.getByText('Un prix en chiffres, par exemple 129,90.')).toBeInTheDocument()
    expect(screen.getByText('Choisissez une catégorie.')).toBeInTheDocument()
    expect(screen.getByLabelText('Nom')).toHaveAttribute('aria-invalid', 'true')
    expect(sent).not.toHaveBeenCalled()
  })

  it('creates a valid product with the API types', async () => {
    const { user, sent, onSaved } = renderForm()
    await user.type(screen.getByLabelText('Nom'), 'Miroir buccal')
    await user.type(screen.getByLabelText('Prix'), '129,90')
    await user.clear(screen.getByLabelText('Stock'))
    await user.type(screen.getByLabelText('Stock'), '12')
    await user.selectOptions(screen.getByLabelText('Catégorie'), '3')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(sent).toHaveBeenCalledWith(expect.objectContaining({ name: 'Miroir buccal', price: 129.9, stock_quantity: 12, category_id: 3 }))
  })

  it('reorders and removes images, the first one as the cover, and saves them in that order', async () => {
    const { user, sent, onSaved } = renderEdit()
    expect(shownImages()).toEqual(['face.webp', 'profil.webp', 'boite.webp'])
    expect(screen.getByRole('button', { name: "Avancer l'image 1" })).toBeDisabled()
    expect(screen.getByRole('button', { name: "Reculer l'image 3" })).toBeDisabled()

    await user.click(screen.getByRole('button', { name: "Avancer l'image 3" }))
    expect(shownImages()).toEqual(['face.webp', 'boite.webp', 'profil.webp'])
    await user.click(screen.getByRole('button', { name: "Reculer l'image 1" }))
    expect(shownImages()).toEqual(['boite.webp', 'face.webp', 'profil.webp'])
    expect(screen.getByRole('img', { name: 'Miroir buccal — image 1 (couverture)' })).toHaveAttribute('src', IMAGES[2])

    await user.click(screen.getByRole('button', { name: "Retirer l'image 2" }))
    expect(shownImages()).toEqual(['boite.webp', 'profil.webp'])
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(sent).toHaveBeenCalledWith({ images: [IMAGES[2], IMAGES[1]] })
  })

  it('saves a product left without any image', async () => {
    const { user, sent, onSaved } = renderEdit()
    for (let left = IMAGES.length; left > 0; left -= 1) await user.click(screen.getByRole('button', { name: "Retirer l'image 1" }))
    expect(screen.queryByRole('list', { name: 'Images du produit' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(sent).toHaveBeenCalledWith({ images: [] })
  })
})
