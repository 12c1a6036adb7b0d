import { AlertTriangle } from 'lucide-react'

import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { formatMoney } from '@/lib/format'
import { useShopConfig } from '@/lib/shop-config'

import { useCart } from '../cart-context'
import type { CartChange } from '../cart-store'

function describe(change: CartChange, currency: string) {
  if (change.kind === 'price') {
    return `Le prix de « ${change.name} » est passé de ${formatMoney(change.from, currency)} à ${formatMoney(change.to, currency)}.`
  }
  if (change.available === 0) return `« ${change.name} » n'est plus en stock : il a été retiré du panier.`
  return `« ${change.name} » : ${change.available} disponible${change.available > 1 ? 's' : ''} seulement (vous en demandiez ${change.requested}). La quantité a été ajustée.`
}

/** What a checkout's 409 changed in the cart, said plainly before the visitor orders again. */
export function CartChanges() {
  const { changes, dismissChanges } = useCart()
  const { currency } = useShopConfig()
  if (changes.length === 0) return null
  return (
    <Alert variant="warning" className="mt-4">
      <AlertTriangle aria-hidden="true" />
      <AlertTitle>Votre panier a été mis à jour</AlertTitle>
      <AlertDescription>
        <ul className="grid gap-1">
          {changes.map((change) => (
            <li key={`${change.kind}-${change.productId}`}>{describe(change, currency)}</li>
          ))}
        </ul>
        <p>Vérifiez le nouveau total, puis commandez à nouveau.</p>
        <Button variant="outline" size="sm" className="mt-1 justify-self-start" onClick={dismissChanges}>
          J'ai compris
        </Button>
      </AlertDescription>
    </Alert>
  )
}
