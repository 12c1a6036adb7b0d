import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { useStockAlerts } from './use-stock-alerts'

/** Just enough of EventSource to play the server's part. */
class FakeEventSource extends EventTarget {
  static opened: FakeEventSource[] = []
  closed = false

  constructor(public url: string) {
    super()
    FakeEventSource.opened.push(this)
  }

  close() {
    this.closed = true
  }

  emit(type: string, data?: unknown) {
    const event = data === undefined ? new Event(type) : new MessageEvent(type, { data: JSON.stringify(data) })
    act(() => {
      this.dispatchEvent(event)
    })
  }
}

const low = (id: number, stock = 2) => ({ id, name: `Produit ${id}`, slug: `produit-${id}`, stock_quantity: stock, threshold: 10 })

function setup(extra: Partial<Parameters<typeof useStockAlerts>[0]> = {}) {
  FakeEventSource.opened = []
  let tickets = 0
  const createTicket = vi.fn(async () => `ticket-${++tickets}`)
  const openStream = (url: string) => new FakeEventSource(url) as unknown as EventSource
  const hook = renderHook(() => useStockAlerts({ createTicket, openStream, baseDelay: 10, maxDelay: 40, ...extra }))
  const stream = (index: number) => FakeEventSource.opened[index]
  return { ...hook, createTicket, stream }
}

describe('useStockAlerts', () => {
  it('opens the stream with a ticket, adds products on low_stock and removes them on stock_ok', async () => {
    const { result, stream } = setup()
    await waitFor(() => expect(stream(0)).toBeDefined())
    expect(stream(0).url).toContain('/api/admin/stock_alerts?token=ticket-1')

    stream(0).emit('open')
    stream(0).emit('low_stock', { products: [low(1)] })
    stream(0).emit('low_stock', { products: [low(2, 1)] })
    expect(result.current.state).toBe('open')
    expect(result.current.products.map((product) => product.id)).toEqual([2, 1])

    stream(0).emit('stock_ok', { products: [{ id: 2, name: 'Produit 2', stock_quantity: 40 }] })
    expect(result.current.products.map((product) => product.id)).toEqual([1])
  })

  it('closes the stream on error and reconnects with a fresh ticket, starting from the new truth', async () => {
    const { result, stream, createTicket } = setup()
    await waitFor(() => expect(stream(0)).toBeDefined())
    stream(0).emit('low_stock', { products: [low(1), low(2)] })

    stream(0).emit('error')
    expect(stream(0).closed).toBe(true)
    expect(result.current.state).toBe('reconnecting')

    await waitFor(() => expect(stream(1)).toBeDefined())
    expect(createTicket).toHaveBeenCalledTimes(2)
    expect(stream(1).url).toContain('token=ticket-2')
    stream(1).emit('low_stock', { products: [low(2)] })
    expect(result.current.products.map((product) => product.id)).toEqual([2])
    expect(result.current.state).toBe('open')
  })

  it('retries when no ticket can be had, and announces new orders', async () => {
    const onNewOrder = vi.fn()
    const createTicket = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('ticket-ok')
    const { stream } = setup({ createTicket, onNewOrder })
    await waitFor(() => expect(stream(0)).toBeDefined())
    expect(createTicket).toHaveBeenCalledTimes(2)

    stream(0).emit('new_order', { id: 7, reference: 'DT-000007', customer_name: 'Dr Amal', total_price: 120 })
    expect(onNewOrder).toHaveBeenCalledWith(expect.objectContaining({ reference: 'DT-000007' }))
  })

  it('closes the stream when the admin area unmounts', async () => {
    const { stream, unmount } = setup()
    await waitFor(() => expect(stream(0)).toBeDefined())
    unmount()
    expect(stream(0).closed).toBe(true)
  })
})
