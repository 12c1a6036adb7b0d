import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'

import { ProductImage } from '@/components/product-image'
import { StarRating } from '@/components/star-rating'
import { paths } from '@/config/paths'
import { formatMoney } from '@/lib/format'
import { useShopConfig } from '@/lib/shop-config'
import type { ProductSummary } from '@/types/api'

import { StockBadge } from './stock-badge'

type ProductCardProps = {
  product: ProductSummary
  /** What the card offers (the cart's `Ajouter au panier`), composed by the page. */
  action?: ReactNode
  headingLevel?: 'h2' | 'h3'
  priority?: boolean
}

export function ProductCard({ product, action, headingLevel: Heading = 'h3', priority = false }: ProductCardProps) {
  const { currency } = useShopConfig()
  const href = paths.product(product.slug)
  return (
    <article className="group grid grid-cols-[6.5rem_1fr] overflow-hidden rounded-xl border bg-card shadow-xs transition-shadow hover:shadow-md sm:flex sm:flex-col">
      <Link to={href} tabIndex={-1} aria-hidden="true" className="block overflow-hidden bg-muted">
        <ProductImage
          src={product.image_url}
          alt=""
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : 'auto'}
          width={400}
          height={400}
          className="h-full w-full transition-transform duration-300 group-hover:scale-[1.03] sm:aspect-square sm:h-auto"
        />
      </Link>
      <div className="flex min-w-0 flex-1 flex-col gap-1.5 p-3 sm:gap-2 sm:p-4">
        <p className="text-xs font-medium tracking-wide text-primary uppercase">
          {product.category?.name}
          {product.brand && <span className="text-muted-foreground normal-case"> · {product.brand}</span>}
        </p>
        <Heading className="line-clamp-2 text-sm leading-snug font-semibold sm:text-base">
          <Link to={href} className="hover:text-primary hover:underline">
            {product.name}
          </Link>
        </Heading>
        {product.rating_count > 0 && product.rating_average !== null && (
          <StarRating value={product.rating_average} count={product.rating_count} />
        )}
        <div className="mt-auto flex flex-wrap items-center justify-between gap-x-2 gap-y-1 sm:pt-2">
          <p className="text-base font-bold text-slate-900 sm:text-lg">{formatMoney(product.price, currency)}</p>
          <StockBadge product={product} />
        </div>
        {action}
      </div>
    </article>
  )
}
