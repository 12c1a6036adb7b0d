import { ClockArrowLeft, Minus, Pencil, Plus, Trash2 } from 'lucide-react'

import type { Column } from '@/components/data-table'
import { ProductImage } from '@/components/product-image'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { formatMoney } from '@/lib/format'
import { cn } from '@/lib/utils'

import type { AdminProduct } from '../types'

type ColumnOptions = {
  currency: string
  onEdit: (product: AdminProduct) => void
  onAdjust: (product: AdminProduct, direction: 1 | -1) => void
  onDelete: (product: AdminProduct) => void
  onHistory: (product: AdminProduct) => void
}

export function productsColumns({ currency, onEdit, onAdjust, onDelete, onHistory }: ColumnOptions): Column<AdminProduct>[] {
  return [
    {
      id: 'name',
      header: 'Produit',
      sort: { asc: 'name' },
      cell: (product) => (
        <div className="flex min-w-48 items-center gap-3">
          <ProductImage src={product.image_url} alt={product.name} className="size-10 shrink-0 rounded object-cover" />
          <div>
            <span className="block font-medium">{product.name}</span>
            <span className="block text-xs text-muted-foreground">{[product.brand, product.sku].filter(Boolean).join(' · ')}</span>
          </div>
        </div>
      ),
    },
    { id: 'category', header: 'Catégorie', cell: (product) => product.category?.name ?? '—' },
    {
      id: 'price',
      header: 'Prix',
      sort: { asc: 'price_asc', desc: 'price_desc' },
      cell: (product) => <span data-testid="price-value">{formatMoney(product.price, currency)}</span>,
      className: 'text-right whitespace-nowrap',
    },
    {
      id: 'stock',
      header: 'Stock',
      cell: (product) => (
        <div className="flex items-center gap-1" role="group" aria-label={`Stock de ${product.name}`}>
          <Button variant="ghost" size="icon" className="size-8" onClick={() => onAdjust(product, -1)} aria-label={`Retirer du stock : ${product.name}`} disabled={product.stock_quantity === 0}>
            <Minus aria-hidden="true" />
          </Button>
          <span className={cn('min-w-8 text-center font-semibold', product.low_stock && 'text-red-700')} data-testid="stock-value">
            {product.stock_quantity}
          </span>
          <Button variant="ghost" size="icon" className="size-8" onClick={() => onAdjust(product, 1)} aria-label={`Ajouter du stock : ${product.name}`}>
            <Plus aria-hidden="true" />
          </Button>
        </div>
      ),
    },
    { id: 'active', header: 'État', cell: (product) => (product.is_active ? <Badge variant="success">Actif</Badge> : <Badge variant="muted">Inactif</Badge>) },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      className: 'text-right',
      cell: (product) => (
        <div className="flex justify-end gap-1">
          <Button variant="ghost" size="icon" onClick={() => onHistory(product)} aria-label={`Historique du stock : ${product.name}`}>
            <ClockArrowLeft aria-hidden="true" />
          </Button>
          <Button variant="ghost" size="icon" onClick={() => onEdit(product)} aria-label={`Modifier ${product.name}`}>
            <Pencil aria-hidden="true" />
          </Button>
          <Button variant="ghost" size="icon" onClick={() => onDelete(product)} aria-label={`Supprimer ${product.name}`}>
            <Trash2 aria-hidden="true" />
          </Button>
        </div>
      ),
    },
  ]
}
