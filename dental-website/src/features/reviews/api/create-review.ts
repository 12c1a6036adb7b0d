import { api } from '@/lib/api-client'
import type { Review } from '@/types/api'

export type ReviewInput = { rating: number; comment: string }

export async function createReview(slug: string, input: ReviewInput) {
  const { data } = await api.post<Review>(`/api/products/${encodeURIComponent(slug)}/reviews`, input)
  return data
}
