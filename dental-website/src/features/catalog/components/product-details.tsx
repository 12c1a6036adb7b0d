import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'

import { StarRating } from '@/components/star-rating'
import { paths } from '@/config/paths'
import { formatMoney } from '@/lib/format'
import { useShopConfig } from '@/lib/shop-config'
import type { Product } from '@/types/api'

import { StockBadge } from './stock-badge'

/** Name, brand, rating, price and stock of a product page; `children` holds the purchase controls. */
export function ProductDetails({ product, children }: { product: Product; children?: ReactNode }) {
  const { currency } = useShopConfig()
  return (
    <div className="grid content-start gap-4">
      {product.category && (
        <Link
          to={`${paths.products}?category=${product.category.slug}`}
          className="text-sm font-medium tracking-wide text-primary uppercase hover:underline"
        >
          {product.category.name}
        </Link>
      )}
      <h1 className="text-2xl font-bold sm:text-3xl">{product.name}</h1>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted-foreground">
        {product.brand && (
          <div className="flex gap-1">
            <dt>Marque :</dt>
            <dd className="font-medium text-foreground">{product.brand}</dd>
          </div>
        )}
        {product.sku && (
          <div className="flex gap-1">
            <dt>Référence :</dt>
            <dd className="font-medium text-foreground">{product.sku}</dd>
          </div>
        )}
      </dl>
      {product.rating_count > 0 && product.rating_average !== null && (
        <a href="#avis" className="w-fit hover:underline">
          <StarRating value={product.rating_average} count={product.rating_count} size="md" />
        </a>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-3xl font-bold text-slate-900">{formatMoney(product.price, currency)}</p>
        <span className="text-sm text-muted-foreground">TTC</span>
        <StockBadge product={product} />
      </div>
      {children}
    </div>
  )
}
