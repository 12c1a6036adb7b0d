import { Eye, EyeOff, Trash2 } from 'lucide-react'

import type { Column } from '@/components/data-table'
import { StarRating } from '@/components/star-rating'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { formatDate } from '@/lib/format'

import type { AdminReview } from '../types'

type ColumnOptions = { onToggle: (review: AdminReview) => void; onDelete: (review: AdminReview) => void }

export function reviewsColumns({ onToggle, onDelete }: ColumnOptions): Column<AdminReview>[] {
  return [
    { id: 'product', header: 'Produit', cell: (review) => <span className="font-medium">{review.product.name}</span> },
    {
      id: 'author',
      header: 'Auteur',
      cell: (review) => (
        <>
          <span className="block">{review.author_name}</span>
          <span className="block text-xs text-muted-foreground">{formatDate(review.created_at)}</span>
        </>
      ),
    },
    { id: 'rating', header: 'Note', cell: (review) => <StarRating value={review.rating} /> },
    { id: 'comment', header: 'Commentaire', cell: (review) => <p className="max-w-md text-sm">{review.comment}</p> },
    {
      id: 'state',
      header: 'État',
      cell: (review) => (
        <div className="grid justify-items-start gap-1">
          {review.is_visible ? <Badge variant="success">Visible</Badge> : <Badge variant="muted">Masqué</Badge>}
          {review.verified_purchase && <Badge variant="info">Achat vérifié</Badge>}
        </div>
      ),
    },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      className: 'text-right whitespace-nowrap',
      cell: (review) => (
        <>
          <Button variant="outline" size="sm" onClick={() => onToggle(review)}>
            {review.is_visible ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
            {review.is_visible ? 'Masquer' : 'Afficher'}
            <span className="sr-only"> l'avis de {review.author_name} sur {review.product.name}</span>
          </Button>
          <Button variant="ghost" size="icon" onClick={() => onDelete(review)} aria-label={`Supprimer l'avis de ${review.author_name} sur ${review.product.name}`}>
            <Trash2 aria-hidden="true" />
          </Button>
        </>
      ),
    },
  ]
}
