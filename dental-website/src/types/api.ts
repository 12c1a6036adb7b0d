/** Shapes of the API's answers, as docs/API.md gives them. */

export type Paginated<T> = {
  items: T[]
  page: number
  per_page: number
  total: number
  pages: number
}

export type ApiErrorBody = {
  message: string
  errors?: Record<string, string[]>
  cart?: { items: ConflictCartItem[]; total_price: number }
  shortages?: Shortage[]
}

export type ConflictCartItem = {
  product_id: number
  name?: string
  product_name?: string
  price?: number
  unit_price?: number
  quantity?: number
  line_total?: number
  stock_quantity?: number
}

export type Shortage = { product_id: number; name: string; requested: number; available: number }

export type ShopConfig = {
  store_name: string
  currency: string
  whatsapp_number: string
  low_stock_threshold: number
}

export type Role = 'client' | 'admin'

export type User = {
  id: number
  email: string
  full_name: string
  phone: string | null
  role: Role
  is_active: boolean
  created_at: string
}

export type AuthResponse = { user: User; access_token: string; refresh_token?: string }

export type CategoryRef = { id: number; name: string; slug: string }

export type Category = CategoryRef & { product_count: number }

export type ProductSummary = {
  id: number
  name: string
  slug: string
  price: number
  image_url: string | null
  category: CategoryRef | null
  brand: string | null
  in_stock: boolean
  stock_quantity: number
  low_stock: boolean
  rating_average: number | null
  rating_count: number
}

export type Product = ProductSummary & {
  description: string
  sku: string | null
  images: string[]
  low_stock_threshold: number | null
  created_at: string
  updated_at: string
}

export type Review = {
  id: number
  rating: number
  comment: string
  author_name: string
  verified_purchase: boolean
  created_at: string
}

export type OrderStatus = 'En attente' | 'Confirmée' | 'Expédiée' | 'Livrée' | 'Annulée'

export type OrderItem = {
  product_id: number | null
  product_name: string
  unit_price: number
  quantity: number
  line_total: number
}

export type Order = {
  id: number
  reference: string
  status: OrderStatus
  customer_name: string
  customer_phone: string | null
  delivery_city: string | null
  delivery_address: string | null
  note: string | null
  user_id: number | null
  items: OrderItem[]
  total_price: number
  whatsapp_message: string
  expires_at: string | null
  created_at: string
  updated_at: string
}

export type CheckoutResponse = { order: Order; whatsapp_url: string }

export type ArticleSummary = {
  id: number
  title: string
  slug: string
  excerpt: string | null
  image_url: string | null
  author_name: string | null
  published_at: string | null
}

export type Article = ArticleSummary & { content: string }

export type CaseStudySummary = {
  id: number
  title: string
  slug: string
  summary: string
  cover_image_url: string | null
  published_at: string | null
}

export type CaseStudy = CaseStudySummary & {
  content: string
  before_image_url: string | null
  after_image_url: string | null
  products: ProductSummary[]
}
