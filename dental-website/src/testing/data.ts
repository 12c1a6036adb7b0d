import type { Article, CaseStudy, Category, Order, Product, ProductSummary, User } from '@/types/api'

export const categories: Category[] = [
  { id: 1, name: 'Instruments', slug: 'instruments', product_count: 2 },
  { id: 2, name: 'Hygiène et protection', slug: 'hygiene-et-protection', product_count: 1 },
]

export function makeProduct(overrides: Partial<Product> = {}): Product {
  const id = overrides.id ?? 1
  return {
    id,
    name: `Produit ${id}`,
    slug: `produit-${id}`,
    price: 100,
    image_url: `/static/uploads/products/p${id}.webp`,
    category: { id: 1, name: 'Instruments', slug: 'instruments' },
    brand: 'Dentsply',
    in_stock: true,
    stock_quantity: 20,
    low_stock: false,
    rating_average: 4.5,
    rating_count: 2,
    description: 'Un produit de test.',
    sku: `SKU-${id}`,
    images: [`/static/uploads/products/p${id}.webp`],
    low_stock_threshold: null,
    created_at: '2026-01-01T10:00:00Z',
    updated_at: '2026-01-01T10:00:00Z',
    ...overrides,
  }
}

export const products: Product[] = [
  makeProduct({ id: 1, name: 'Détartreur ultrasonique Zéphyr', slug: 'detartreur-ultrasonique-zephyr', price: 4990, stock_quantity: 3, low_stock: true }),
  makeProduct({ id: 2, name: 'Gants nitrile taille M', slug: 'gants-nitrile-m', price: 89.9, stock_quantity: 150 }),
  makeProduct({ id: 3, name: 'Miroir buccal n°5', slug: 'miroir-buccal-5', price: 25, stock_quantity: 0, in_stock: false }),
]

export const summary = ({ id, name, slug, price, image_url, category, brand, in_stock, stock_quantity, low_stock, rating_average, rating_count }: Product): ProductSummary => ({
  id,
  name,
  slug,
  price,
  image_url,
  category,
  brand,
  in_stock,
  stock_quantity,
  low_stock,
  rating_average,
  rating_count,
})

export const client: User = {
  id: 7,
  email: 'client@dentaltech.local',
  full_name: 'Dr Amina Benali',
  phone: '+212600000001',
  role: 'client',
  is_active: true,
  created_at: '2026-01-01T10:00:00Z',
}

export const admin: User = { ...client, id: 1, email: 'admin@dentaltech.local', full_name: 'Admin Principal', role: 'admin' }

export const article: Article = {
  id: 1,
  title: 'Bien choisir ses gants',
  slug: 'bien-choisir-ses-gants',
  excerpt: 'Nitrile, latex, vinyle : ce qui compte au cabinet.',
  image_url: null,
  author_name: 'Équipe DentalTech',
  published_at: '2026-02-01T10:00:00Z',
  content: '## Pourquoi le nitrile\n\nRésistant et **sans latex**.\n\n<script>alert(1)</script>',
}

export const caseStudy: CaseStudy = {
  id: 1,
  title: 'Restauration antérieure en composite',
  slug: 'restauration-anterieure-composite',
  summary: 'Une fracture de l’incisive réparée en une séance.',
  cover_image_url: null,
  before_image_url: '/static/uploads/case-studies/before.webp',
  after_image_url: '/static/uploads/case-studies/after.webp',
  published_at: '2026-02-01T10:00:00Z',
  content: 'Protocole **pas à pas**.',
  products: [summary(products[1])],
}

export function makeOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 1,
    reference: 'DT-000001',
    status: 'En attente',
    customer_name: client.full_name,
    customer_phone: null,
    delivery_city: 'Casablanca',
    delivery_address: null,
    note: null,
    user_id: client.id,
    items: [{ product_id: 2, product_name: 'Gants nitrile taille M', unit_price: 89.9, quantity: 2, line_total: 179.8 }],
    total_price: 179.8,
    whatsapp_message: 'Commande DT-000001',
    expires_at: null,
    created_at: '2026-03-01T10:00:00Z',
    updated_at: '2026-03-01T10:00:00Z',
    ...overrides,
  }
}
