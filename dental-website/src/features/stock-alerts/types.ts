export type LowStockProduct = { id: number; name: string; slug?: string; stock_quantity: number; threshold?: number }

export type NewOrderEvent = { id: number; reference: string; customer_name: string; total_price: number }

export type StreamState = 'connecting' | 'open' | 'reconnecting'
