import { ConfirmDialog } from '@/components/confirm-dialog'
import { handleApiError } from '@/lib/api-error'
import { toast } from '@/lib/toast'

import { deleteProduct } from '../api/delete-product'
import type { AdminProduct } from '../types'

type DeleteProductDialogProps = { product: AdminProduct | null; onClose: () => void; onDone: () => void }

/** Deletes a product; one that appears in orders is kept, deactivated, and the toast says so. */
export function DeleteProductDialog({ product, onClose, onDone }: DeleteProductDialogProps) {
  async function confirm() {
    if (!product) return
    try {
      const result = await deleteProduct(product.id)
      if (result.deactivated) {
        toast.info(`« ${product.name} » figure dans des commandes : il a été désactivé au lieu d'être supprimé.`)
      } else {
        toast.success(`« ${product.name} » supprimé.`)
      }
      onDone()
    } catch (error) {
      handleApiError(error)
      throw error
    }
  }

  return (
    <ConfirmDialog
      open={product !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Supprimer « ${product?.name ?? ''} » ?`}
      description="Un produit qui figure dans des commandes n'est pas supprimé : il est désactivé (retiré de la boutique) pour garder l'historique des commandes."
      confirmLabel="Supprimer"
      destructive
      onConfirm={confirm}
    />
  )
}
