import { ShoppingCart } from 'lucide-react'
import { useEffect } from 'react'

import { Button } from '@/components/ui/button'

import { useCart } from '../cart-context'
import { cartButtonLabel } from '../cart-totals'
import { takeEarlyCartClick } from '../stored-cart'
import { preloadCartSheet } from './cart-sheet-loader'

export function CartButton() {
  const { count, setOpen } = useCart()
  const label = cartButtonLabel(count)
  useEffect(() => {
    if (takeEarlyCartClick()) setOpen(true)
  }, [setOpen])
  return (
    <Button
      data-cart-button
      variant="outline"
      className="relative gap-2 px-3"
      aria-label={label}
      onClick={() => setOpen(true)}
      onPointerEnter={preloadCartSheet}
      onFocus={preloadCartSheet}
    >
      <ShoppingCart className="size-5" aria-hidden="true" />
      <span className="hidden sm:inline">Panier</span>{' '}
      <span
        data-testid="cart-count"
        className="grid min-w-6 place-items-center rounded-full bg-primary px-1.5 text-xs leading-6 font-semibold text-primary-foreground"
      >
        {count}
      </span>
    </Button>
  )
}
