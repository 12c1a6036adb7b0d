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
import { CategoryTiles } from '@/features/catalog/components/category-tiles'
import { ProductGrid, ProductGridSkeleton } from '@/features/catalog/components/product-grid'
import { paths } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'
import { useShopConfig } from '@/lib/shop-config'
import { useQuery } from '@/lib/use-query'

import { HomeHero } from '@/components/marketing/home-hero'
import { HowToOrder } from '@/components/marketing/how-to-order'

// Eight on wide screens, four on phones.
const FEATURED_GRID = 'grid grid-cols-1 gap-3 sm:grid-cols-2 sm:gap-4 lg:grid-cols-4 max-sm:[&>li:nth-child(n+5)]:hidden'
const FEATURED = new URLSearchParams({ sort: 'rating', per_page: '8', in_stock: 'true' })

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
  const featured = useQuery('featured', (signal) => getProducts(FEATURED, signal))
  const articles = useQuery('home-articles', (signal) => getArticles({ page: 1, per_page: 3 }, signal))
  const caseStudies = useQuery('home-case-studies', (signal) => getCaseStudies({ page: 1, per_page: 3 }, signal))

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
            <ProductGrid
              label="Produits les mieux notés"
              columns={FEATURED_GRID}
              products={featured.data.items}
              cardAction={(product) => (product.in_stock ? <AddToCartButton product={product} /> : null)}
            />
          ) : (
            <ProductGridSkeleton count={4} />
          )}
        </section>
        <HowToOrder />
        <section aria-labelledby="articles-title">
          <SectionHeading id="articles-title" title="Derniers articles" to={paths.articles} linkLabel="Tous les articles" />
          {articles.data ? (
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
        <section aria-labelledby="case-studies-title">
          <SectionHeading id="case-studies-title" title="Cas cliniques" to={paths.caseStudies} linkLabel="Tous les cas cliniques" />
          {caseStudies.data ? (
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
