import { useParams } from 'react-router-dom'

import { ContentSkeleton } from '@/components/content-skeleton'
import { ErrorPanel } from '@/components/error-panel'
import { PageContainer } from '@/components/layouts/page-container'
import { Markdown } from '@/components/markdown'
import { Breadcrumbs } from '@/components/page-header'
import { AddToCartButton } from '@/features/cart/components/add-to-cart-button'
import { getCaseStudy } from '@/features/case-studies/api/get-case-study'
import { BeforeAfter } from '@/features/case-studies/components/before-after'
import { ProductGrid } from '@/features/catalog/components/product-grid'
import { paths } from '@/config/paths'
import { apiErrorStatus } from '@/lib/api-error'
import { formatDate, frenchSpacing } from '@/lib/format'
import { PageMeta } from '@/lib/page-meta'
import { useQuery } from '@/lib/use-query'

import { NotFound } from './not-found'

export function CaseStudyRoute() {
  const { slug = '' } = useParams()
  const caseStudy = useQuery(`case-study:${slug}`, (signal) => getCaseStudy(slug, signal))
  if (apiErrorStatus(caseStudy.error) === 404) return <NotFound title="Cas clinique introuvable" />
  const data = caseStudy.data

  return (
    <PageContainer className="max-w-5xl">
      {data && <PageMeta title={data.title} description={data.summary.slice(0, 155)} image={data.cover_image_url} />}
      <div className="pb-6">
        <Breadcrumbs
          crumbs={[{ label: 'Accueil', to: paths.home }, { label: 'Cas cliniques', to: paths.caseStudies }, { label: data?.title ?? 'Cas clinique' }]}
        />
      </div>
      {caseStudy.error ? (
        <ErrorPanel error={caseStudy.error} onRetry={caseStudy.reload} />
      ) : !data ? (
        <ContentSkeleton />
      ) : (
        <article className="grid gap-10">
          <header className="grid max-w-3xl gap-3">
            <p className="text-sm font-medium tracking-wide text-primary uppercase">Cas clinique</p>
            <h1 className="text-3xl font-bold sm:text-4xl">{frenchSpacing(data.title)}</h1>
            <p className="text-lg leading-8 text-slate-700">{frenchSpacing(data.summary)}</p>
            {data.published_at && (
              <p className="text-sm text-muted-foreground">
                <time dateTime={data.published_at}>{formatDate(data.published_at)}</time>
              </p>
            )}
          </header>
          <BeforeAfter caseStudy={data} />
          <div className="max-w-3xl">
            <Markdown>{data.content}</Markdown>
          </div>
          {data.products.length > 0 && (
            <section aria-labelledby="used-products-title" className="grid gap-4">
              <h2 id="used-products-title" className="text-xl font-semibold">
                Produits utilisés
              </h2>
              <ProductGrid
                label="Produits utilisés"
                products={data.products}
                cardAction={(product) => (product.in_stock ? <AddToCartButton product={product} /> : null)}
              />
            </section>
          )}
        </article>
      )}
    </PageContainer>
  )
}

export { CaseStudyRoute as Component }
