import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { makeProduct } from '@/testing/data'
import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import type { AdminProduct, StockMovement } from '../types'
import { StockHistorySheet } from './stock-history-sheet'

const movement = (id: number, overrides: Partial<StockMovement> = {}): StockMovement => ({
  id,
  delta: 5,
  stock_after: 5,
  reason: 'initial',
  note: null,
  actor: 'admin@dentaltech.local',
  created_at: '2026-11-20T10:00:00Z',
  order_id: null,
  ...overrides,
})

function serveMovements(lists: StockMovement[][]) {
  let call = 0
  server.use(
    http.get('/api/admin/products/7/stock-adjustments', () => {
      const items = lists[Math.min(call++, lists.length - 1)]
      return HttpResponse.json({ items, page: 1, per_page: 50, total: items.length, pages: 1 })
    }),
  )
}

const product = (stock: number): AdminProduct => ({ ...makeProduct({ id: 7, name: 'Fraise diamantée', stock_quantity: stock }), is_active: true, version: 1 })

/** The products page's part: it holds the product, whose stock an adjustment changes. */
function Page({ onAdjust, expose }: { onAdjust: () => void; expose: (setStock: (stock: number) => void) => void }) {
  const [stock, setStock] = useState(5)
  expose(setStock)
  return <StockHistorySheet product={product(stock)} onClose={vi.fn()} onAdjust={onAdjust} />
}

describe('StockHistorySheet', () => {
  it('lists the movements with their change, reason, note, resulting stock and origin', async () => {
    serveMovements([[movement(2, { delta: -2, stock_after: 3, reason: 'sale', order_id: 41 }), movement(1)]])
    renderWithApp(<StockHistorySheet product={product(3)} onClose={vi.fn()} onAdjust={vi.fn()} />)
    const rows = await screen.findAllByRole('row')
    expect(within(rows[1]).getByText('-2')).toBeInTheDocument()
    expect(within(rows[1]).getByText('Vente')).toBeInTheDocument()
    expect(within(rows[1]).getByText('Commande n° 41')).toBeInTheDocument()
    expect(within(rows[2]).getByText('+5')).toBeInTheDocument()
    expect(within(rows[2]).getByText('Stock initial')).toBeInTheDocument()
    expect(rows[2]).toHaveTextContent('admin@dentaltech.local')
  })

  it('fetches the history again when the product\'s stock changes, and offers adjusting it', async () => {
    const adjusted = movement(3, { delta: 4, stock_after: 9, reason: 'adjustment', note: 'Réception fournisseur' })
    serveMovements([[movement(1)], [adjusted, movement(1)]])
    const onAdjust = vi.fn()
    let setStock: (stock: number) => void = () => undefined
    const { user } = renderWithApp(<Page onAdjust={onAdjust} expose={(setter) => (setStock = setter)} />)
    await screen.findByText('Stock initial')
    await user.click(screen.getByRole('button', { name: 'Ajouter du stock' }))
    expect(onAdjust).toHaveBeenCalledWith(expect.objectContaining({ id: 7 }), 1)

    act(() => setStock(9))
    expect(await screen.findByText('Réception fournisseur')).toBeInTheDocument()
    expect(screen.getByText('Ajustement')).toBeInTheDocument()
  })
})
