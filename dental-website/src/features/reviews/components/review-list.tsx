import { BadgeCheck } from 'lucide-react'

import { StarRating } from '@/components/star-rating'
import { Skeleton } from '@/components/ui/skeleton'
import { formatDate } from '@/lib/format'
import type { Review } from '@/types/api'

export function ReviewList({ reviews }: { reviews: Review[] }) {
  if (reviews.length === 0) {
    return <p className="text-sm text-muted-foreground">Aucun avis pour le moment. Soyez le premier à donner le vôtre.</p>
  }
  return (
    <ul className="grid gap-4" aria-label="Avis des clients">
      {reviews.map((review) => (
        <li key={review.id} className="grid gap-2 rounded-xl border bg-card p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <StarRating value={review.rating} />
            <time dateTime={review.created_at} className="text-xs text-muted-foreground">
              {formatDate(review.created_at)}
            </time>
          </div>
          {review.comment && <p className="text-sm leading-6 whitespace-pre-line text-slate-700">{review.comment}</p>}
          <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
            {review.author_name}
            {review.verified_purchase && (
              <span className="inline-flex items-center gap-1 text-xs font-normal text-emerald-800">
                <BadgeCheck className="size-4" aria-hidden="true" />
                Achat vérifié
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  )
}

export function ReviewListSkeleton() {
  return (
    <div className="grid gap-4" role="status" aria-label="Chargement des avis">
      {[0, 1].map((index) => (
        <Skeleton key={index} className="h-24 w-full" />
      ))}
    </div>
  )
}
