import { ShoppingBag } from 'lucide-react'
import { useState } from 'react'
import { Link } from 'react-router-dom'

import { Button } from '@/components/ui/button'
import { Sheet, SheetContent, SheetDescription, SheetFooter, SheetHeader, SheetTitle } from '@/components/ui/sheet'
import { WhatsAppIcon } from '@/components/whatsapp-icon'
import { paths } from '@/config/paths'
import { formatMoney } from '@/lib/format'
import { useShopConfig } from '@/lib/shop-config'

import { useCart } from '../cart-context'
import { CartChanges } from './cart-changes'
import { CartLineItem } from './cart-line'
import { CheckoutForm } from './checkout-form'

function EmptyCart({ onBrowse }: { onBrowse: () => void }) {
  return (
    <div className="grid flex-1 place-content-center justify-items-center gap-3 p-6 text-center">
      <ShoppingBag className="size-12 text-muted-foreground" aria-hidden="true" />
      <p className="font-medium">Votre panier est vide</p>
      <p className="text-sm text-muted-foreground">Parcourez le catalogue et ajoutez les produits dont votre cabinet a besoin.</p>
      <Button asChild variant="outline" onClick={onBrowse}>
        <Link to={paths.products}>Voir le catalogue</Link>
      </Button>
    </div>
  )
}

export default function CartSheet({ customerName }: { customerName: string | null }) {
  const { lines, count, total, isOpen, setOpen } = useCart()
  const { currency } = useShopConfig()
  const [step, setStep] = useState<'cart' | 'checkout'>('cart')
  const checkingOut = step === 'checkout' && lines.length > 0

  function onOpenChange(open: boolean) {
    setOpen(open)
    if (!open) setStep('cart')
  }

  return (
    <Sheet open={isOpen} onOpenChange={onOpenChange}>
      <SheetContent closeLabel="Fermer le panier" aria-describedby="cart-description">
        <SheetHeader>
          <SheetTitle>{checkingOut ? 'Commander via WhatsApp' : 'Votre panier'}</SheetTitle>
          <SheetDescription id="cart-description">
            {count === 0 ? 'Aucun article' : `${count} article${count > 1 ? 's' : ''} · ${formatMoney(total, currency)} TTC`}
          </SheetDescription>
        </SheetHeader>
        {checkingOut ? (
          <CheckoutForm customerName={customerName} onBack={() => setStep('cart')} />
        ) : lines.length === 0 ? (
          <EmptyCart onBrowse={() => onOpenChange(false)} />
        ) : (
          <>
            <div className="flex-1 overflow-y-auto px-4">
              <CartChanges />
              <ul className="divide-y" aria-label="Articles du panier">
                {lines.map((line) => (
                  <CartLineItem key={line.productId} line={line} onNavigate={() => onOpenChange(false)} />
                ))}
              </ul>
            </div>
            <SheetFooter>
              <div className="flex items-baseline justify-between text-base">
                <span className="font-medium">Total TTC</span>
                <span className="text-lg font-semibold" data-testid="cart-total">
                  {formatMoney(total, currency)}
                </span>
              </div>
              <Button variant="whatsapp" size="lg" onClick={() => setStep('checkout')}>
                <WhatsAppIcon className="size-5" />
                Commander via WhatsApp
              </Button>
              <p className="text-center text-xs text-muted-foreground">
                Votre commande est enregistrée puis envoyée sur WhatsApp, où notre équipe la confirme.
              </p>
            </SheetFooter>
          </>
        )}
      </SheetContent>
    </Sheet>
  )
}
