import type { Product } from '@/types/api'

export type AdminProduct = Product & { is_active: boolean; version: number }

export type ProductFilters = { q?: string; category?: string; active?: 'true' | 'false'; sort?: string; page?: number }

export type ProductPayload = {
  name?: string
  description?: string
  price?: number
  stock_quantity?: number
  category_id?: number
  brand?: string | null
  sku?: string | null
  images?: string[]
  low_stock_threshold?: number | null
  is_active?: boolean
}

export type AdminCategory = { id: number; name: string; slug: string; product_count: number }

export type StockMovementReason = 'initial' | 'sale' | 'cancellation' | 'expiry' | 'adjustment' | 'edit'

export type StockMovement = {
  id: number
  delta: number
  stock_after: number
  reason: StockMovementReason
  note: string | null
  actor: string
  created_at: string
  order_id: number | null
}
