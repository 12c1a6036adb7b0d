import { useState, type FormEvent } from 'react'

import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { handleApiError } from '@/lib/api-error'
import { toast } from '@/lib/toast'

import { adjustStock } from '../api/adjust-stock'
import type { AdminProduct } from '../types'

export type StockAdjustment = { product: AdminProduct; direction: 1 | -1 }

type StockAdjustDialogProps = { adjustment: StockAdjustment | null; onClose: () => void; onDone: () => void }

/** Adds to or takes from a product's stock, with the reason recorded in its stock history. */
export function StockAdjustDialog({ adjustment, onClose, onDone }: StockAdjustDialogProps) {
  const [busy, setBusy] = useState(false)
  const adding = adjustment?.direction === 1

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!adjustment) return
    const data = new FormData(event.currentTarget)
    const quantity = Number(data.get('quantity'))
    setBusy(true)
    try {
      const result = await adjustStock(adjustment.product.id, adjustment.direction * quantity, String(data.get('reason')).trim())
      toast.success(`Stock de « ${adjustment.product.name} » : ${result.stock_quantity}.`)
      onDone()
      onClose()
    } catch (error) {
      handleApiError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog open={adjustment !== null} onOpenChange={(open) => !open && !busy && onClose()}>
      <DialogContent className="max-w-sm">
        <DialogHeader>
          <DialogTitle>{adding ? 'Ajouter du stock' : 'Retirer du stock'}</DialogTitle>
          <DialogDescription>
            {adjustment?.product.name} — stock actuel : {adjustment?.product.stock_quantity}
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4">
          <div className="grid gap-1.5">
            <Label htmlFor="stock-quantity">Quantité</Label>
            <Input id="stock-quantity" name="quantity" type="number" min={1} max={adding ? 100000 : adjustment?.product.stock_quantity} defaultValue={1} required />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="stock-reason">Motif</Label>
            <Input id="stock-reason" name="reason" required maxLength={200} defaultValue={adding ? 'Réception fournisseur' : 'Inventaire'} />
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose} disabled={busy}>
              Retour
            </Button>
            <Button type="submit" disabled={busy}>
              Valider
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
