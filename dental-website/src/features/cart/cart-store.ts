import type { ApiErrorBody, ProductSummary } from '@/types/api'

export type CartLine = {
  productId: number
  slug: string
  name: string
  price: number
  imageUrl: string | null
  stock: number
  quantity: number
}

export type CartProduct = Pick<ProductSummary, 'id' | 'slug' | 'name' | 'price' | 'image_url' | 'stock_quantity'>

export type CartChange =
  | { kind: 'price'; productId: number; name: string; from: number; to: number }
  | { kind: 'stock'; productId: number; name: string; requested: number; available: number }

/** The API takes 1..99 of a product and at most 50 lines per order. */
export const MAX_QUANTITY = 99
export const MAX_LINES = 50
export const CART_STORAGE_KEY = 'dentaltech.cart.v1'

export function capQuantity(quantity: number, stock: number) {
  return Math.max(0, Math.min(Math.floor(quantity), stock, MAX_QUANTITY))
}

export function addProduct(lines: CartLine[], product: CartProduct, quantity = 1): CartLine[] {
  const existing = lines.find((line) => line.productId === product.id)
  if (!existing && lines.length >= MAX_LINES) return lines
  const wanted = (existing?.quantity ?? 0) + quantity
  const line: CartLine = {
    productId: product.id,
    slug: product.slug,
    name: product.name,
    price: product.price,
    imageUrl: product.image_url,
    stock: product.stock_quantity,
    quantity: capQuantity(wanted, product.stock_quantity),
  }
  if (line.quantity === 0) return existing ? removeProduct(lines, product.id) : lines
  return existing ? lines.map((item) => (item.productId === product.id ? line : item)) : [...lines, line]
}

export function setQuantity(lines: CartLine[], productId: number, quantity: number): CartLine[] {
  return lines.flatMap((line) => {
    if (line.productId !== productId) return [line]
    const capped = capQuantity(quantity, line.stock)
    return capped > 0 ? [{ ...line, quantity: capped }] : []
  })
}

export function removeProduct(lines: CartLine[], productId: number) {
  return lines.filter((line) => line.productId !== productId)
}

function isCartLine(value: unknown): value is CartLine {
  if (!value || typeof value !== 'object') return false
  const line = value as Record<string, unknown>
  return (
    Number.isInteger(line.productId) &&
    typeof line.slug === 'string' &&
    typeof line.name === 'string' &&
    typeof line.price === 'number' &&
    Number.isInteger(line.stock) &&
    Number.isInteger(line.quantity) &&
    (line.imageUrl === null || typeof line.imageUrl === 'string')
  )
}

/** A stored cart, or an empty one when the stored text is missing or not a cart. */
export function parseStoredCart(raw: string | null): CartLine[] {
  if (!raw) return []
  try {
    const value: unknown = JSON.parse(raw)
    if (!Array.isArray(value)) return []
    return value
      .filter(isCartLine)
      .map((line) => ({ ...line, quantity: capQuantity(line.quantity, line.stock) }))
      .filter((line) => line.quantity > 0)
      .slice(0, MAX_LINES)
  } catch {
    return []
  }
}

function conflictItems(body: ApiErrorBody) {
  const items = new Map<number, { price?: number; stock?: number }>()
  for (const item of body.cart?.items ?? []) {
    items.set(item.product_id, { price: item.unit_price ?? item.price, stock: item.stock_quantity })
  }
  return items
}

/** A checkout's 409: current prices and stock applied to the cart, with what changed. */
export function applyConflict(lines: CartLine[], body: ApiErrorBody) {
  const current = conflictItems(body)
  const shortages = new Map((body.shortages ?? []).map((shortage) => [shortage.product_id, shortage]))
  const changes: CartChange[] = []
  const next = lines.flatMap((line) => {
    const { price, stock: listedStock } = current.get(line.productId) ?? {}
    const stock = shortages.get(line.productId)?.available ?? listedStock ?? line.stock
    let updated = { ...line, stock, quantity: capQuantity(line.quantity, stock) }
    if (typeof price === 'number' && price !== line.price) {
      changes.push({ kind: 'price', productId: line.productId, name: line.name, from: line.price, to: price })
      updated = { ...updated, price }
    }
    if (updated.quantity < line.quantity) {
      changes.push({ kind: 'stock', productId: line.productId, name: line.name, requested: line.quantity, available: stock })
    }
    return updated.quantity > 0 ? [updated] : []
  })
  return { lines: next, changes }
}
