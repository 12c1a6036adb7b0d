import { lazy, Suspense, useState } from 'react'

import { useCart } from '../cart-context'

const loadCartSheet = () => import('./cart-sheet')
const CartSheet = lazy(loadCartSheet)

export function preloadCartSheet() {
  void loadCartSheet()
}

/** The cart sheet's code (Radix dialog, checkout form) is loaded the first time `Panier` is used. */
export function CartSheetLoader({ customerName }: { customerName: string | null }) {
  const { isOpen } = useCart()
  const [wasOpened, setWasOpened] = useState(false)
  if (isOpen && !wasOpened) setWasOpened(true)
  if (!wasOpened) return null
  return (
    <Suspense fallback={null}>
      <CartSheet customerName={customerName} />
    </Suspense>
  )
}
