import type { ReactNode } from 'react'

import { Skeleton } from '@/components/ui/skeleton'
import type { ProductSummary } from '@/types/api'

import { ProductCard } from './product-card'

// A card off screen is not laid out or painted until it nears the viewport (render-when-near), with room
// kept for a card's usual height, so a page of 24 products costs the first frame only what shows.
const OFFSCREEN_CARD = 'render-when-near [contain-intrinsic-block-size:auto_11rem] sm:[contain-intrinsic-block-size:auto_26rem]'
const GRID = 'grid grid-cols-1 gap-3 sm:grid-cols-2 sm:gap-4 lg:grid-cols-3 xl:grid-cols-4'

type ProductGridProps = {
  products: ProductSummary[]
  cardAction?: (product: ProductSummary) => ReactNode
  label: string
  columns?: string
  headingLevel?: 'h2' | 'h3'
}

export function ProductGrid({ products, cardAction, label, columns = GRID, headingLevel }: ProductGridProps) {
  return (
    <ul className={columns} aria-label={label}>
      {products.map((product, index) => (
        <li key={product.id} className={`flex ${OFFSCREEN_CARD}`}>
          <div className="flex w-full [&>article]:w-full">
            <ProductCard product={product} action={cardAction?.(product)} priority={index < 2} headingLevel={headingLevel} />
          </div>
        </li>
      ))}
    </ul>
  )
}

export function ProductGridSkeleton({ count = 8, columns = GRID }: { count?: number; columns?: string }) {
  return (
    <div className={columns} role="status" aria-label="Chargement des produits">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="grid grid-cols-[6.5rem_1fr] overflow-hidden rounded-xl border sm:block">
          <Skeleton className="h-full w-full rounded-none sm:aspect-square sm:h-auto" />
          <div className="grid gap-3 p-3 sm:p-4">
            <Skeleton className="h-3 w-1/3" />
            <Skeleton className="h-5 w-4/5" />
            <Skeleton className="h-6 w-1/2" />
            <Skeleton className="h-10 w-full" />
          </div>
        </div>
      ))}
    </div>
  )
}
