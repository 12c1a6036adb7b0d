import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { DataTable } from '@/components/data-table'
import { ErrorPanel } from '@/components/error-panel'
import { PageSpinner } from '@/components/page-spinner'
import { PaginationNav } from '@/components/pagination-nav'
import { deleteReview, getReviews, setReviewVisible } from '@/features/admin-reviews/api/reviews'
import { reviewsColumns } from '@/features/admin-reviews/components/reviews-columns'
import type { AdminReview } from '@/features/admin-reviews/types'
import { handleApiError } from '@/lib/api-error'
import { toast } from '@/lib/toast'
import { useQuery } from '@/lib/use-query'

export function AdminReviews() {
  const [params] = useSearchParams()
  const page = Number(params.get('page') ?? 1)
  const reviews = useQuery(`admin-reviews-${page}`, (signal) => getReviews(page, signal))
  const [deleting, setDeleting] = useState<AdminReview | null>(null)
  const reload = reviews.reload
  const columns = useMemo(
    () =>
      reviewsColumns({
        onDelete: setDeleting,
        onToggle: (review) =>
          setReviewVisible(review.id, !review.is_visible).then(
            (saved) => {
              toast.success(saved.is_visible ? 'Avis affiché.' : 'Avis masqué : il ne compte plus dans la note du produit.')
              reload()
            },
            (error: unknown) => handleApiError(error),
          ),
      }),
    [reload],
  )

  async function confirmDelete() {
    if (!deleting) return
    try {
      await deleteReview(deleting.id)
      toast.success('Avis supprimé.')
      reload()
    } catch (error) {
      handleApiError(error)
      throw error
    }
  }

  return (
    <>
      <h1 className="text-2xl font-bold">Avis</h1>
      {reviews.error ? (
        <ErrorPanel error={reviews.error} onRetry={reload} />
      ) : !reviews.data ? (
        <PageSpinner label="Chargement des avis…" />
      ) : (
        <>
          <DataTable columns={columns} rows={reviews.data.items} rowKey={(review) => review.id} caption="Avis des clients" empty="Aucun avis." />
          <PaginationNav page={reviews.data.page} pages={reviews.data.pages} hrefFor={(next) => `?page=${next}`} />
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Supprimer cet avis ?"
        description={deleting ? `L'avis de ${deleting.author_name} sur « ${deleting.product.name} » sera définitivement supprimé.` : ''}
        confirmLabel="Supprimer"
        destructive
        onConfirm={confirmDelete}
      />
    </>
  )
}

export { AdminReviews as Component }
