import { ChevronDown } from 'lucide-react'
import { useState } from 'react'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { handleApiError } from '@/lib/api-error'
import { toast } from '@/lib/toast'
import type { OrderStatus } from '@/types/api'

import { updateOrderStatus } from '../api/update-order-status'
import { nextStatuses } from '../order-workflow'
import type { AdminOrder } from '../types'

type OrderStatusMenuProps = { order: Pick<AdminOrder, 'id' | 'reference' | 'status'>; onChanged: (order: AdminOrder) => void }

/** Only the statuses the workflow allows next; cancelling asks first (the stock comes back). */
export function OrderStatusMenu({ order, onChanged }: OrderStatusMenuProps) {
  const [confirmCancel, setConfirmCancel] = useState(false)
  const choices = nextStatuses(order.status)

  async function change(status: OrderStatus) {
    try {
      const updated = await updateOrderStatus(order.id, status)
      toast.success(`Commande ${order.reference} : ${status}.`)
      onChanged(updated)
    } catch (error) {
      handleApiError(error)
      throw error
    }
  }

  if (choices.length === 0) return <span className="text-xs text-muted-foreground">Statut final</span>
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" aria-label={`Changer le statut de ${order.reference}`}>
            Changer le statut
            <ChevronDown aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuLabel>Passer à</DropdownMenuLabel>
          {choices.map((status) => (
            <DropdownMenuItem
              key={status}
              onSelect={() => (status === 'Annulée' ? setConfirmCancel(true) : void change(status).catch(() => undefined))}
            >
              {status}
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirmCancel}
        onOpenChange={setConfirmCancel}
        title={`Annuler la commande ${order.reference} ?`}
        description="Le stock des produits commandés sera remis en vente. Une commande annulée ne peut plus changer de statut."
        confirmLabel="Annuler la commande"
        destructive
        onConfirm={() => change('Annulée')}
      />
    </>
  )
}
