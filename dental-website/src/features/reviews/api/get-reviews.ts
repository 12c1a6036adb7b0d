import { api } from '@/lib/api-client'
import type { Paginated, Review } from '@/types/api'

export async function getReviews(slug: string, page: number, signal?: AbortSignal) {
  const { data } = await api.get<Paginated<Review>>(`/api/products/${encodeURIComponent(slug)}/reviews`, {
    params: { page, per_page: 10 },
    signal,
  })
  return data
}
