import { Minus, Plus } from 'lucide-react'

import { DataTable } from '@/components/data-table'
import { ErrorPanel } from '@/components/error-panel'
import { PageSpinner } from '@/components/page-spinner'
import { Button } from '@/components/ui/button'
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@/components/ui/sheet'
import { useQuery } from '@/lib/use-query'

import { getStockMovements } from '../api/get-stock-movements'
import type { AdminProduct } from '../types'
import { stockMovementsColumns } from './stock-movements-columns'

type StockHistorySheetProps = {
  product: AdminProduct | null
  onClose: () => void
  onAdjust: (product: AdminProduct, direction: 1 | -1) => void
}

/** A product's stock movements; the product's current stock is in the key, so an adjustment refetches them. */
function StockHistory({ product, onAdjust }: { product: AdminProduct; onAdjust: StockHistorySheetProps['onAdjust'] }) {
  const movements = useQuery(`stock-history-${product.id}-${product.stock_quantity}`, (signal) => getStockMovements(product.id, signal))
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] content-start gap-3 overflow-y-auto px-4 pb-4">
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" size="sm" onClick={() => onAdjust(product, 1)}>
          <Plus aria-hidden="true" />
          Ajouter du stock
        </Button>
        <Button variant="outline" size="sm" onClick={() => onAdjust(product, -1)} disabled={product.stock_quantity === 0}>
          <Minus aria-hidden="true" />
          Retirer du stock
        </Button>
      </div>
      {movements.error ? (
        <ErrorPanel error={movements.error} onRetry={movements.reload} />
      ) : !movements.data ? (
        <PageSpinner label="Chargement de l'historique…" />
      ) : (
        <DataTable
          columns={stockMovementsColumns}
          rows={movements.data.items}
          rowKey={(movement) => movement.id}
          caption={`Mouvements de stock de ${product.name}`}
          empty="Aucun mouvement de stock."
        />
      )}
    </div>
  )
}

export function StockHistorySheet({ product, onClose, onAdjust }: StockHistorySheetProps) {
  return (
    <Sheet open={product !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent className="sm:max-w-2xl" data-testid="stock-history">
        <SheetHeader>
          <SheetTitle>Historique du stock</SheetTitle>
          <SheetDescription>
            {product?.name} — stock actuel : <span data-testid="stock-history-current">{product?.stock_quantity}</span>
          </SheetDescription>
        </SheetHeader>
        {product && <StockHistory product={product} onAdjust={onAdjust} />}
      </SheetContent>
    </Sheet>
  )
}
