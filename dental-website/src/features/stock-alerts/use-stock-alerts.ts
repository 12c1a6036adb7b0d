import { useEffect, useEffectEvent, useState } from 'react'

import { env } from '@/config/env'

import { createStreamTicket } from './api/create-stream-ticket'
import type { LowStockProduct, NewOrderEvent, StreamState } from './types'

type EventSourceFactory = (url: string) => EventSource

export type StockAlertsOptions = {
  onNewOrder?: (order: NewOrderEvent) => void
  createTicket?: () => Promise<string>
  openStream?: EventSourceFactory
  /** First reconnection delay in ms, doubled after each failure up to `maxDelay`. */
  baseDelay?: number
  maxDelay?: number
}

export function streamUrl(ticket: string) {
  return `${env.API_URL}/api/admin/stock_alerts?token=${encodeURIComponent(ticket)}`
}

function parse<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T
  } catch {
    return null
  }
}

function merge(current: LowStockProduct[], incoming: LowStockProduct[]) {
  const byId = new Map(current.map((product) => [product.id, product]))
  incoming.forEach((product) => byId.set(product.id, product))
  return [...byId.values()].sort((a, b) => a.stock_quantity - b.stock_quantity)
}

/**
 * The live low-stock list: a stream ticket, an EventSource on it, products added on `low_stock` and
 * removed on `stock_ok`. The ticket has expired by the time the stream drops, so the browser's own retry
 * cannot work: on `error` the stream is closed and reopened with a fresh ticket, after a growing delay.
 */
export function useStockAlerts({
  onNewOrder,
  createTicket = createStreamTicket,
  openStream = (url) => new EventSource(url),
  baseDelay = 1000,
  maxDelay = 30_000,
}: StockAlertsOptions = {}) {
  const [products, setProducts] = useState<LowStockProduct[]>([])
  const [state, setState] = useState<StreamState>('connecting')
  const newOrder = useEffectEvent((order: NewOrderEvent) => onNewOrder?.(order))
  const ticket = useEffectEvent(() => createTicket())
  const open = useEffectEvent((url: string) => openStream(url))

  useEffect(() => {
    let stopped = false
    let source: EventSource | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    let failures = 0

    function retry() {
      if (stopped) return
      setState('reconnecting')
      const delay = Math.min(maxDelay, baseDelay * 2 ** failures)
      failures += 1
      timer = setTimeout(connect, delay)
    }

    function listen(stream: EventSource) {
      let first = true
      stream.addEventListener('open', () => {
        failures = 0
        setState('open')
      })
      stream.addEventListener('low_stock', (event) => {
        const incoming = parse<{ products: LowStockProduct[] }>(event)?.products ?? []
        // The first event of every connection is the whole truth: it replaces what an older stream said.
        setProducts((current) => merge(first ? [] : current, incoming))
        first = false
        setState('open')
      })
      stream.addEventListener('stock_ok', (event) => {
        const gone = new Set((parse<{ products: LowStockProduct[] }>(event)?.products ?? []).map((product) => product.id))
        setProducts((current) => current.filter((product) => !gone.has(product.id)))
      })
      stream.addEventListener('new_order', (event) => {
        const order = parse<NewOrderEvent>(event)
        if (order) newOrder(order)
      })
      stream.addEventListener('error', () => {
        stream.close()
        if (source === stream) source = null
        retry()
      })
    }

    async function connect() {
      if (stopped) return
      setState((current) => (current === 'open' ? 'reconnecting' : current))
      try {
        const token = await ticket()
        if (stopped) return
        source = open(streamUrl(token))
        listen(source)
      } catch {
        retry()
      }
    }

    void connect()
    return () => {
      stopped = true
      clearTimeout(timer)
      source?.close()
    }
  }, [baseDelay, maxDelay])

  return { products, state }
}
