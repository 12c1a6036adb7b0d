import { pathWithQuery } from '@/lib/primed-requests'

export const CATEGORIES_PATH = '/api/categories'
export const productsPath = (query: URLSearchParams) => pathWithQuery('/api/products', query)
export const productPath = (slug: string) => `/api/products/${encodeURIComponent(slug)}`
/** The home page's "best rated" selection. */
export const FEATURED_QUERY = new URLSearchParams({ sort: 'rating', per_page: '8', in_stock: 'true' })
