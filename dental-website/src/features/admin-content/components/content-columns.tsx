import { Eye, EyeOff, ExternalLink, Pencil, Trash2 } from 'lucide-react'
import { Link } from 'react-router-dom'

import type { Column } from '@/components/data-table'
import { Button } from '@/components/ui/button'
import { formatDate } from '@/lib/format'

import type { ContentStatus } from '../types'
import { ContentStatusBadge } from './content-status-badge'

export type ContentRow = { id: number; title: string; slug: string; status: ContentStatus; published_at: string | null; updated_at: string }

type ColumnOptions<T> = {
  publicPath: (slug: string) => string
  onEdit: (item: T) => void
  onTogglePublished: (item: T) => void
  onDelete: (item: T) => void
}

function Dates({ item }: { item: ContentRow }) {
  return (
    <>
      <span className="block">{item.published_at ? `Publié le ${formatDate(item.published_at)}` : 'Jamais publié'}</span>
      <span className="block text-xs text-muted-foreground">Modifié le {formatDate(item.updated_at)}</span>
    </>
  )
}

/** The columns of the articles and case studies tables: title, state, dates and the actions. */
export function contentColumns<T extends ContentRow>({ publicPath, onEdit, onTogglePublished, onDelete }: ColumnOptions<T>): Column<T>[] {
  return [
    {
      id: 'title',
      header: 'Titre',
      cell: (item) => (
        <>
          <span className="block font-medium">{item.title}</span>
          <code className="text-xs text-muted-foreground">{item.slug}</code>
        </>
      ),
    },
    { id: 'status', header: 'État', cell: (item) => <ContentStatusBadge status={item.status} /> },
    { id: 'dates', header: 'Dates', cell: (item) => <Dates item={item} />, className: 'text-sm whitespace-nowrap' },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      className: 'text-right whitespace-nowrap',
      cell: (item) => (
        <>
          <Button variant="outline" size="sm" onClick={() => onTogglePublished(item)}>
            {item.status === 'published' ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
            {item.status === 'published' ? 'Dépublier' : 'Publier'}
            <span className="sr-only"> « {item.title} »</span>
          </Button>
          {item.status === 'published' && (
            <Button asChild variant="ghost" size="icon">
              <Link to={publicPath(item.slug)} target="_blank" aria-label={`Voir « ${item.title} » sur le site`}>
                <ExternalLink aria-hidden="true" />
              </Link>
            </Button>
          )}
          <Button variant="ghost" size="icon" onClick={() => onEdit(item)} aria-label={`Modifier « ${item.title} »`}>
            <Pencil aria-hidden="true" />
          </Button>
          <Button variant="ghost" size="icon" onClick={() => onDelete(item)} aria-label={`Supprimer « ${item.title} »`}>
            <Trash2 aria-hidden="true" />
          </Button>
        </>
      ),
    },
  ]
}
