import { pathWithQuery } from '@/lib/primed-requests'

export const REVIEWS_PER_PAGE = 10

export const reviewsPath = (slug: string, page: number) =>
  pathWithQuery(`/api/products/${encodeURIComponent(slug)}/reviews`, { page, per_page: REVIEWS_PER_PAGE })
