import { api } from '@/lib/api-client'
import { primedOr } from '@/lib/primed-requests'
import type { Paginated, Review } from '@/types/api'

import { REVIEWS_PER_PAGE, reviewsPath } from './paths'

export async function getReviews(slug: string, page: number, signal?: AbortSignal) {
  return primedOr(reviewsPath(slug, page), async () => {
    const { data } = await api.get<Paginated<Review>>(`/api/products/${encodeURIComponent(slug)}/reviews`, {
      params: { page, per_page: REVIEWS_PER_PAGE },
      signal,
    })
    return data
  })
}
