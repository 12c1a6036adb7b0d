import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'

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
})
