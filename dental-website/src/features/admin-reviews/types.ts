import type { Review } from '@/types/api'

export type AdminReview = Review & {
  is_visible: boolean
  product: { id: number; name: string; slug: string }
  author: { id: number; full_name: string; email: string }
}
