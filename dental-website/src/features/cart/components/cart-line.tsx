import { Trash2 } from 'lucide-react'
import { Link } from 'react-router-dom'

import { ProductImage } from '@/components/product-image'
import { QuantityStepper } from '@/components/quantity-stepper'
import { Button } from '@/components/ui/button'
import { paths } from '@/config/paths'
import { formatMoney } from '@/lib/format'
import { useShopConfig } from '@/lib/shop-config'

import { useCart } from '../cart-context'
import type { CartLine } from '../cart-store'
import { lineTotal } from '../cart-totals'

export function CartLineItem({ line, onNavigate }: { line: CartLine; onNavigate: () => void }) {
  const { setLineQuantity, remove } = useCart()
  const { currency } = useShopConfig()
  const atStock = line.quantity >= line.stock
  return (
    <li className="flex gap-3 py-4">
      <ProductImage src={line.imageUrl} alt="" width={80} height={80} className="size-20 shrink-0 rounded-md border" />
      <div className="grid min-w-0 flex-1 gap-2">
        <div className="flex items-start justify-between gap-2">
          <Link to={paths.product(line.slug)} onClick={onNavigate} className="line-clamp-2 text-sm font-medium hover:underline">
            {line.name}
          </Link>
          <Button
            variant="ghost"
            size="icon"
            className="-mt-1 -mr-2 size-8 shrink-0 text-muted-foreground"
            aria-label={`Retirer ${line.name} du panier`}
            onClick={() => remove(line.productId)}
          >
            <Trash2 aria-hidden="true" />
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">{formatMoney(line.price, currency)} l'unité</p>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <QuantityStepper
            label={`Quantité de ${line.name}`}
            value={line.quantity}
            max={Math.min(line.stock, 99)}
            onChange={(quantity) => setLineQuantity(line.productId, quantity)}
          />
          <span className="text-sm font-semibold">{formatMoney(lineTotal(line), currency)}</span>
        </div>
        {atStock && <p className="text-xs text-amber-800">Quantité maximale disponible : {line.stock}</p>}
      </div>
    </li>
  )
}
