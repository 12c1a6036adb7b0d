import { api } from '@/lib/api-client'
import type { Paginated } from '@/types/api'

import type { AdminReview } from '../types'

export async function getReviews(page: number, signal?: AbortSignal) {
  const { data } = await api.get<Paginated<AdminReview>>('/api/admin/reviews', { params: { page, per_page: 20 }, signal })
  return data
}

/** A hidden review leaves the public list and the product's rating. */
export async function setReviewVisible(id: number, isVisible: boolean) {
  const { data } = await api.patch<AdminReview>(`/api/admin/reviews/${id}`, { is_visible: isVisible })
  return data
}

export async function deleteReview(id: number) {
  await api.delete(`/api/admin/reviews/${id}`)
}
