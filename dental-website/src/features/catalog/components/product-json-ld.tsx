import type { Product } from '@/types/api'

/** schema.org Product data, for search engines' rich results. */
export function productJsonLd(product: Product, currency: string, origin: string) {
  const absolute = (url: string) => new URL(url, origin).href
  const images = product.images.length > 0 ? product.images : product.image_url ? [product.image_url] : []
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    sku: product.sku ?? undefined,
    image: images.map(absolute),
    brand: product.brand ? { '@type': 'Brand', name: product.brand } : undefined,
    category: product.category?.name,
    offers: {
      '@type': 'Offer',
      url: absolute(`/produits/${product.slug}`),
      priceCurrency: currency,
      price: product.price.toFixed(2),
      availability: product.in_stock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      itemCondition: 'https://schema.org/NewCondition',
    },
    aggregateRating:
      product.rating_count > 0 && product.rating_average !== null
        ? { '@type': 'AggregateRating', ratingValue: product.rating_average, reviewCount: product.rating_count }
        : undefined,
  }
}

export function ProductJsonLd({ product, currency }: { product: Product; currency: string }) {
  // JSON in a script element: "<" is escaped so no text of the product can close the element.
  const json = JSON.stringify(productJsonLd(product, currency, window.location.origin)).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
