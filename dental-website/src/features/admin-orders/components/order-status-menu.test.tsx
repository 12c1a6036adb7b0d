import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'
import { makeOrder } from '@/testing/data'
import type { OrderStatus } from '@/types/api'

import { OrderStatusMenu } from './order-status-menu'

function renderMenu(status: OrderStatus, onChanged = vi.fn()) {
  const order = { id: 5, reference: 'DT-000005', status }
  return { onChanged, ...renderWithApp(<OrderStatusMenu order={order} onChanged={onChanged} />) }
}

async function offered(status: OrderStatus) {
  const { user } = renderMenu(status)
  await user.click(screen.getByRole('button', { name: /changer le statut/i }))
  return (await screen.findAllByRole('menuitem')).map((item) => item.textContent)
}

describe('OrderStatusMenu', () => {
  it('offers only the allowed next statuses', async () => {
    expect(await offered('En attente')).toEqual(['Confirmée', 'Annulée'])
  })

  it('offers shipping or cancelling a confirmed order', async () => {
    expect(await offered('Confirmée')).toEqual(['Expédiée', 'Annulée'])
  })

  it('offers only delivery for a shipped order', async () => {
    expect(await offered('Expédiée')).toEqual(['Livrée'])
  })

  it('offers nothing once an order is delivered or cancelled', async () => {
    renderMenu('Livrée')
    expect(await screen.findByText('Statut final')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /changer le statut/i })).not.toBeInTheDocument()
  })

  it('asks before cancelling, then sends the new status', async () => {
    let sent: unknown
    server.use(
      http.patch('/api/admin/orders/5', async ({ request }) => {
        sent = await request.json()
        return HttpResponse.json({ ...makeOrder(), id: 5, status: 'Annulée', status_history: [] })
      }),
    )
    const { user, onChanged } = renderMenu('En attente')
    await user.click(screen.getByRole('button', { name: /changer le statut/i }))
    await user.click(await screen.findByRole('menuitem', { name: 'Annulée' }))
    expect(sent).toBeUndefined()
    await user.click(await screen.findByRole('button', { name: 'Annuler la commande' }))
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalled())
    expect(sent).toEqual({ status: 'Annulée' })
  })
})
