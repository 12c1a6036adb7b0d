import { useSearchParams } from 'react-router-dom'

import { ErrorPanel } from '@/components/error-panel'
import { PageContainer } from '@/components/layouts/page-container'
import { PageHeader } from '@/components/page-header'
import { PaginationNav } from '@/components/pagination-nav'
import { AddToCartButton } from '@/features/cart/components/add-to-cart-button'
import { getCategories } from '@/features/catalog/api/get-categories'
import { getProducts } from '@/features/catalog/api/get-products'
import { readFilters, toApiQuery, withFilters } from '@/features/catalog/catalog-params'
import { CatalogEmpty } from '@/features/catalog/components/catalog-empty'
import { CatalogFilters } from '@/features/catalog/components/catalog-filters'
import { CatalogToolbar } from '@/features/catalog/components/catalog-toolbar'
import { ProductGrid, ProductGridSkeleton } from '@/features/catalog/components/product-grid'
import { paths } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'
import { useQuery } from '@/lib/use-query'

const COLUMNS = 'grid grid-cols-1 gap-3 sm:grid-cols-2 sm:gap-4 xl:grid-cols-3'
const CATALOGUE_INTRO =
  'Instruments, consommables et équipements pour les cabinets dentaires, sélectionnés par notre équipe. Prix TTC, stock à jour et commande confirmée sur WhatsApp.'

export function ProductsRoute() {
  const [params] = useSearchParams()
  const filters = readFilters(params)
  const query = toApiQuery(filters)
  const products = useQuery(`products?${query}`, (signal) => getProducts(query, signal))
  const categories = useQuery('categories', getCategories)
  const category = categories.data?.find((item) => item.slug === filters.category)
  const title = filters.q ? `Résultats pour « ${filters.q} »` : (category?.name ?? 'Catalogue')

  return (
    <PageContainer>
      <PageMeta
        title={title}
        description={`${category ? `${category.name} : ` : ''}instruments, consommables et équipements dentaires, prix TTC et stock à jour. Commande par WhatsApp.`}
      />
      <PageHeader crumbs={[{ label: 'Accueil', to: paths.home }, { label: 'Catalogue' }]} title={title}>
        {!filters.q && <p>{CATALOGUE_INTRO}</p>}
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <aside aria-label="Filtres du catalogue">
          <CatalogFilters categories={categories.data} />
        </aside>
        <div className="grid content-start gap-6">
          <CatalogToolbar total={products.data?.total} filters={filters} />
          {products.error ? (
            <ErrorPanel error={products.error} onRetry={products.reload} />
          ) : !products.data ? (
            <ProductGridSkeleton count={6} columns={COLUMNS} />
          ) : products.data.items.length === 0 ? (
            <CatalogEmpty filters={filters} />
          ) : (
            <ProductGrid
              label="Produits"
              columns={COLUMNS}
              headingLevel="h2"
              products={products.data.items}
              cardAction={(product) => (product.in_stock ? <AddToCartButton product={product} /> : null)}
            />
          )}
          {products.data && (
            <PaginationNav
              page={products.data.page}
              pages={products.data.pages}
              hrefFor={(page) => `?${withFilters(params, { page: page > 1 ? String(page) : null })}`}
            />
          )}
        </div>
      </div>
    </PageContainer>
  )
}

export { ProductsRoute as Component }
