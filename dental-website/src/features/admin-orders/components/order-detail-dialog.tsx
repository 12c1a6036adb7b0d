import { MessageCircle } from 'lucide-react'

import { ErrorPanel } from '@/components/error-panel'
import { OrderStatusBadge } from '@/components/order-status-badge'
import { PageSpinner } from '@/components/page-spinner'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { formatDateTime } from '@/lib/format'
import { useQuery } from '@/lib/use-query'

import { getOrder } from '../api/get-order'
import type { AdminOrder } from '../types'
import { OrderLines } from './order-lines'
import { OrderStatusMenu } from './order-status-menu'

type OrderDetailDialogProps = { orderId: number | null; currency: string; onClose: () => void; onChanged: (order: AdminOrder) => void }

function whatsappChat(phone: string | null) {
  const digits = phone?.replace(/\D/g, '')
  return digits ? `https://wa.me/${digits}` : null
}

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm break-words whitespace-pre-line">{value || '—'}</dd>
    </div>
  )
}

function OrderDetail({ order, currency, onChanged }: { order: AdminOrder; currency: string; onChanged: (order: AdminOrder) => void }) {
  const chat = whatsappChat(order.customer_phone)
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-center gap-3">
        <OrderStatusBadge status={order.status} />
        {order.status === 'En attente' && order.expires_at && (
          <span className="text-sm text-amber-800">Expire le {formatDateTime(order.expires_at)} si elle n'est pas confirmée</span>
        )}
        <div className="ml-auto">
          <OrderStatusMenu order={order} onChanged={onChanged} />
        </div>
      </div>
      <dl className="grid gap-3 sm:grid-cols-2">
        <Field label="Client" value={order.customer_name} />
        <Field label="Téléphone" value={order.customer_phone} />
        <Field label="Compte" value={order.user_email} />
        <Field label="Ville de livraison" value={order.delivery_city} />
        <Field label="Adresse" value={order.delivery_address} />
        <Field label="Note" value={order.note} />
      </dl>
      {chat && (
        <Button asChild variant="whatsapp" className="justify-self-start">
          <a href={chat} target="_blank" rel="noreferrer">
            <MessageCircle aria-hidden="true" />
            Ouvrir la discussion WhatsApp
          </a>
        </Button>
      )}
      <OrderLines order={order} currency={currency} />
      <section className="grid gap-2">
        <h3 className="font-semibold">Message WhatsApp</h3>
        <pre className="max-h-48 overflow-auto rounded-md bg-muted p-3 text-xs whitespace-pre-wrap">{order.whatsapp_message}</pre>
      </section>
      <section className="grid gap-2">
        <h3 className="font-semibold">Historique des statuts</h3>
        <ol className="grid gap-1 text-sm">
          {order.status_history.map((change, index) => (
            <li key={index} className="flex flex-wrap gap-x-2">
              <span className="font-medium">{change.status}</span>
              <span className="text-muted-foreground">{formatDateTime(change.at)} · {change.by}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}

/** One order in full: lines, customer, delivery, note, the stored WhatsApp message and the status history. */
export function OrderDetailDialog({ orderId, currency, onClose, onChanged }: OrderDetailDialogProps) {
  const query = useQuery(orderId === null ? null : `admin-order-${orderId}`, (signal) => getOrder(orderId ?? 0, signal))
  const changed = (order: AdminOrder) => {
    query.reload()
    onChanged(order)
  }
  return (
    <Dialog open={orderId !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>{query.data ? `Commande ${query.data.reference}` : 'Commande'}</DialogTitle>
          <DialogDescription>{query.data ? `Passée le ${formatDateTime(query.data.created_at)}` : 'Chargement de la commande'}</DialogDescription>
        </DialogHeader>
        {query.error ? (
          <ErrorPanel error={query.error} onRetry={query.reload} />
        ) : query.data ? (
          <OrderDetail order={query.data} currency={currency} onChanged={changed} />
        ) : (
          <PageSpinner label="Chargement de la commande…" />
        )}
      </DialogContent>
    </Dialog>
  )
}
