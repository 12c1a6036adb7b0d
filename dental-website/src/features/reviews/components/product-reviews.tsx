import { lazy, Suspense, useState } from 'react'
import { Link } from 'react-router-dom'

import { Button } from '@/components/ui/button'
import { useQuery } from '@/lib/use-query'

import { getReviews } from '../api/get-reviews'
import { ReviewList, ReviewListSkeleton } from './review-list'

// The form (and its validation library) is only fetched for a signed-in client, not for every visitor.
const ReviewForm = lazy(() => import('./review-form').then((module) => ({ default: module.ReviewForm })))

type ProductReviewsProps = { slug: string; canReview: boolean; loginHref: string; onReviewed?: () => void }

export function ProductReviews({ slug, canReview, loginHref, onReviewed }: ProductReviewsProps) {
  const [page, setPage] = useState(1)
  const reviews = useQuery(`reviews:${slug}:${page}`, (signal) => getReviews(slug, page, signal))

  function onCreated() {
    setPage(1)
    reviews.reload()
    onReviewed?.()
  }

  return (
    <section id="avis" aria-labelledby="reviews-title" className="grid gap-4">
      <h2 id="reviews-title" className="text-xl font-semibold">
        Avis des clients {reviews.data ? `(${reviews.data.total})` : ''}
      </h2>
      {reviews.error ? (
        <p className="text-sm text-muted-foreground">Les avis n'ont pas pu être chargés.</p>
      ) : reviews.data ? (
        <ReviewList reviews={reviews.data.items} />
      ) : (
        <ReviewListSkeleton />
      )}
      {reviews.data && reviews.data.pages > 1 && (
        <div className="flex gap-2">
          <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Avis plus récents
          </Button>
          <Button variant="outline" size="sm" disabled={page >= reviews.data.pages} onClick={() => setPage(page + 1)}>
            Avis plus anciens
          </Button>
        </div>
      )}
      {canReview ? (
        <Suspense fallback={<p className="text-sm text-muted-foreground">Chargement du formulaire d'avis…</p>}>
          <ReviewForm slug={slug} onCreated={onCreated} />
        </Suspense>
      ) : (
        <p className="rounded-xl border bg-muted p-4 text-sm">
          <Link to={loginHref} className="font-medium text-primary underline underline-offset-2">
            Connectez-vous
          </Link>{' '}
          pour donner votre avis sur ce produit.
        </p>
      )}
    </section>
  )
}
