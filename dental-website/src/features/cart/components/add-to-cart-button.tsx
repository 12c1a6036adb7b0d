import { ShoppingCart } from 'lucide-react'
import { toast } from '@/lib/toast'

import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'

import { useCart } from '../cart-context'
import { capQuantity, type CartProduct } from '../cart-store'

type AddToCartButtonProps = {
  product: CartProduct
  quantity?: number
  size?: 'default' | 'sm' | 'lg'
  className?: string
}

/** `Ajouter au panier`: never past the stock; says so when the cart already holds all of it. */
export function AddToCartButton({ product, quantity = 1, size = 'default', className }: AddToCartButtonProps) {
  const { lines, add, setOpen } = useCart()
  const inCart = lines.find((line) => line.productId === product.id)?.quantity ?? 0
  const room = capQuantity(product.stock_quantity, product.stock_quantity) - inCart

  function onAdd() {
    if (room <= 0) {
      toast.info(`Vous avez déjà tout le stock disponible de « ${product.name} » dans votre panier.`)
      return
    }
    const added = Math.min(quantity, room)
    add(product, added)
    toast.success(`${added} × ${product.name} ajouté${added > 1 ? 's' : ''} au panier`, {
      action: { label: 'Voir le panier', onClick: () => setOpen(true) },
    })
  }

  return (
    <Button size={size} className={cn('w-full', className)} onClick={onAdd} disabled={product.stock_quantity <= 0}>
      <ShoppingCart aria-hidden="true" />
      Ajouter au panier
    </Button>
  )
}
