import { Pencil, Trash2 } from 'lucide-react'

import type { Column } from '@/components/data-table'
import { Button } from '@/components/ui/button'

import type { AdminCategory } from '../types'

type ColumnOptions = { onEdit: (category: AdminCategory) => void; onDelete: (category: AdminCategory) => void }

export function categoriesColumns({ onEdit, onDelete }: ColumnOptions): Column<AdminCategory>[] {
  return [
    { id: 'name', header: 'Nom', cell: (category) => <span className="font-medium">{category.name}</span> },
    { id: 'slug', header: 'Adresse', cell: (category) => <code className="text-xs">{category.slug}</code> },
    { id: 'description', header: 'Description', cell: (category) => <span className="line-clamp-2 text-muted-foreground">{category.description || '—'}</span> },
    { id: 'count', header: 'Produits', cell: (category) => category.product_count, className: 'text-right' },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      className: 'text-right whitespace-nowrap',
      cell: (category) => (
        <>
          <Button variant="ghost" size="icon" onClick={() => onEdit(category)} aria-label={`Modifier ${category.name}`}>
            <Pencil aria-hidden="true" />
          </Button>
          <Button variant="ghost" size="icon" onClick={() => onDelete(category)} aria-label={`Supprimer ${category.name}`}>
            <Trash2 aria-hidden="true" />
          </Button>
        </>
      ),
    },
  ]
}
