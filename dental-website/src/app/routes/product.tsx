import { BadgeCheck, MessageCircle, Truck } from 'lucide-react'
import { useState } from 'react'
import { useLocation, useParams } from 'react-router-dom'

import { ErrorPanel } from '@/components/error-panel'
import { PageContainer } from '@/components/layouts/page-container'
import { Breadcrumbs } from '@/components/page-header'
import { QuantityStepper } from '@/components/quantity-stepper'
import { Skeleton } from '@/components/ui/skeleton'
import { useAuth } from '@/features/auth/auth-context'
import { AddToCartButton } from '@/features/cart/components/add-to-cart-button'
import { getProduct } from '@/features/catalog/api/get-product'
import { ProductDetails } from '@/features/catalog/components/product-details'
import { productImages, ProductGallery } from '@/features/catalog/components/product-gallery'
import { ProductJsonLd } from '@/features/catalog/components/product-json-ld'
import { ProductReviews } from '@/features/reviews/components/product-reviews'
import { loginPath, paths } from '@/config/paths'
import { apiErrorStatus } from '@/lib/api-error'
import { PageMeta } from '@/lib/page-meta'
import { useShopConfig } from '@/lib/shop-config'
import { useQuery } from '@/lib/use-query'
import type { Product } from '@/types/api'

import { NotFound } from './not-found'

function PurchaseControls({ product }: { product: Product }) {
  const [quantity, setQuantity] = useState(1)
  if (!product.in_stock || product.stock_quantity <= 0) {
    return <p className="rounded-lg bg-muted p-3 text-sm">Ce produit est en rupture de stock. Revenez bientôt ou contactez-nous sur WhatsApp.</p>
  }
  const max = Math.min(product.stock_quantity, 99)
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-xl border bg-muted/60 p-4">
      <QuantityStepper label="Quantité" value={Math.min(quantity, max)} max={max} onChange={setQuantity} />
      <AddToCartButton product={product} quantity={Math.min(quantity, max)} size="lg" className="w-auto flex-1 sm:flex-none" />
    </div>
  )
}

const REASSURANCE = [
  { icon: MessageCircle, text: 'Commande confirmée par notre équipe sur WhatsApp' },
  { icon: BadgeCheck, text: 'Prix TTC, stock mis à jour en temps réel' },
  { icon: Truck, text: 'Livraison dans tout le pays' },
]

function Reassurance() {
  return (
    <ul className="grid gap-2 text-sm text-slate-700">
      {REASSURANCE.map(({ icon: Icon, text }) => (
        <li key={text} className="flex items-center gap-2">
          <Icon className="size-4 shrink-0 text-primary" aria-hidden="true" />
          {text}
        </li>
      ))}
    </ul>
  )
}

function ProductSkeleton() {
  return (
    <div className="grid gap-8 md:grid-cols-2" role="status" aria-label="Chargement du produit">
      <Skeleton className="aspect-square w-full rounded-2xl" data-early-photo />
      <div className="grid content-start gap-4">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-9 w-3/4" />
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-20 w-full" />
      </div>
    </div>
  )
}

export function ProductRoute() {
  const { slug = '' } = useParams()
  const location = useLocation()
  const { user } = useAuth()
  const { currency } = useShopConfig()
  const product = useQuery(`product:${slug}`, (signal) => getProduct(slug, signal))

  if (apiErrorStatus(product.error) === 404) {
    return <NotFound title="Produit introuvable" message="Ce produit n'existe pas ou n'est plus proposé." />
  }
  const data = product.data
  return (
    <PageContainer>
      {data && <PageMeta title={data.name} description={data.description.slice(0, 155)} image={data.image_url} />}
      {data && <ProductJsonLd product={data} currency={currency} />}
      <div className="pb-6">
        <Breadcrumbs
          crumbs={[{ label: 'Accueil', to: paths.home }, { label: 'Catalogue', to: paths.products }, { label: data?.name ?? 'Produit' }]}
        />
      </div>
      {product.error ? (
        <ErrorPanel error={product.error} onRetry={product.reload} />
      ) : !data ? (
        <ProductSkeleton />
      ) : (
        <div className="grid gap-12">
          <div className="grid gap-8 md:grid-cols-2 lg:gap-12">
            <ProductGallery name={data.name} images={productImages(data.images, data.image_url)} />
            <ProductDetails product={data}>
              <PurchaseControls product={data} />
              <Reassurance />
            </ProductDetails>
          </div>
          <div className="grid gap-12 lg:grid-cols-[1.3fr_1fr]">
            <section aria-labelledby="description-title" className="grid content-start gap-3">
              <h2 id="description-title" className="text-xl font-semibold">
                Description
              </h2>
              <p className="leading-7 whitespace-pre-line text-slate-700">{data.description}</p>
            </section>
            <ProductReviews
              slug={data.slug}
              canReview={user !== null}
              loginHref={loginPath(location.pathname)}
              onReviewed={product.reload}
            />
          </div>
        </div>
      )}
    </PageContainer>
  )
}

export { ProductRoute as Component }
