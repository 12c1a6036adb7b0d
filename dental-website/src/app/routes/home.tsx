import { ArrowRight } from 'lucide-react'
import { Link } from 'react-router-dom'

import { ContentGridSkeleton } from '@/components/content-grid-skeleton'
import { ErrorPanel } from '@/components/error-panel'
import { ArticleCard } from '@/features/articles/components/article-card'
import { getArticles } from '@/features/articles/api/get-articles'
import { AddToCartButton } from '@/features/cart/components/add-to-cart-button'
import { CaseStudyCard } from '@/features/case-studies/components/case-study-card'
import { getCaseStudies } from '@/features/case-studies/api/get-case-studies'
import { getCategories } from '@/features/catalog/api/get-categories'
import { getProducts } from '@/features/catalog/api/get-products'
import { FEATURED_QUERY } from '@/features/catalog/api/paths'
import { CategoryTiles } from '@/features/catalog/components/category-tiles'
import { ProductGrid, ProductGridSkeleton } from '@/features/catalog/components/product-grid'
import { paths } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'
import { useMediaQuery } from '@/lib/use-media-query'
import { useShopConfig } from '@/lib/shop-config'
import { useQuery } from '@/lib/use-query'
import { useRenderWhenNear } from '@/lib/use-render-when-near'
import type { ProductSummary } from '@/types/api'

import { HomeHero } from '@/components/marketing/home-hero'
import { HowToOrder } from '@/components/marketing/how-to-order'

import { HOME_LIST } from '../route-prefetch'

const FEATURED_GRID = 'grid grid-cols-1 gap-3 sm:grid-cols-2 sm:gap-4 lg:grid-cols-4'
// Eight on wide screens, four on phones (the other four are not rendered at all, not merely hidden).
const PHONE = '(max-width: 639px)'
const PHONE_FEATURED = 4

function FeaturedProducts({ products }: { products: ProductSummary[] }) {
  const phone = useMediaQuery(PHONE)
  return (
    <ProductGrid
      label="Produits les mieux notés"
      columns={FEATURED_GRID}
      products={phone ? products.slice(0, PHONE_FEATURED) : products}
      cardAction={(product) => (product.in_stock ? <AddToCartButton product={product} /> : null)}
    />
  )
}

function SectionHeading({ id, title, to, linkLabel }: { id: string; title: string; to: string; linkLabel: string }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <h2 id={id} className="text-2xl font-bold sm:text-3xl">
        {title}
      </h2>
      <Link to={to} className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline">
        {linkLabel}
        <ArrowRight className="size-4" aria-hidden="true" />
      </Link>
    </div>
  )
}

export function HomeRoute() {
  const { store_name: storeName } = useShopConfig()
  const categories = useQuery('categories', getCategories)
  const featured = useQuery('featured', (signal) => getProducts(FEATURED_QUERY, signal))
  const articles = useQuery('home-articles', (signal) => getArticles(HOME_LIST, signal))
  const caseStudies = useQuery('home-case-studies', (signal) => getCaseStudies(HOME_LIST, signal))
  // The articles and case studies are screens below the top on a phone: rendered after the rest.
  const [lowerSections, showLowerSections] = useRenderWhenNear<HTMLElement>()

  return (
    <>
      <PageMeta
        title={storeName}
        description="Fournitures dentaires en ligne : instruments, consommables et équipements pour cabinets. Prix TTC, stock en temps réel et commande simple par WhatsApp."
      />
      <HomeHero />
      <div className="mx-auto grid max-w-7xl gap-16 px-4 py-12 lg:px-6">
        <section aria-labelledby="categories-title">
          <SectionHeading id="categories-title" title="Nos catégories" to={paths.products} linkLabel="Tout le catalogue" />
          {categories.error ? <ErrorPanel error={categories.error} onRetry={categories.reload} /> : <CategoryTiles categories={categories.data} />}
        </section>
        <section aria-labelledby="featured-title">
          <SectionHeading id="featured-title" title="Produits les mieux notés" to={`${paths.products}?sort=rating`} linkLabel="Voir plus de produits" />
          {featured.error ? (
            <ErrorPanel error={featured.error} onRetry={featured.reload} />
          ) : featured.data ? (
            <FeaturedProducts products={featured.data.items} />
          ) : (
            <ProductGridSkeleton count={4} />
          )}
        </section>
        <HowToOrder />
        <section ref={lowerSections} aria-labelledby="articles-title" className="render-when-near">
          <SectionHeading id="articles-title" title="Derniers articles" to={paths.articles} linkLabel="Tous les articles" />
          {articles.data && showLowerSections ? (
            <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {articles.data.items.map((article) => (
                <li key={article.id}>
                  <ArticleCard article={article} />
                </li>
              ))}
            </ul>
          ) : articles.error ? null : (
            <ContentGridSkeleton label="Chargement des articles" />
          )}
        </section>
        <section aria-labelledby="case-studies-title" className="render-when-near">
          <SectionHeading id="case-studies-title" title="Cas cliniques" to={paths.caseStudies} linkLabel="Tous les cas cliniques" />
          {caseStudies.data && showLowerSections ? (
            <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {caseStudies.data.items.map((caseStudy) => (
                <li key={caseStudy.id}>
                  <CaseStudyCard caseStudy={caseStudy} />
                </li>
              ))}
            </ul>
          ) : caseStudies.error ? null : (
            <ContentGridSkeleton label="Chargement des cas cliniques" />
          )}
        </section>
      </div>
    </>
  )
}

export { HomeRoute as Component }
