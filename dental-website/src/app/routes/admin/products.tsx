import { Plus } from 'lucide-react'
import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'

import { DataTable } from '@/components/data-table'
import { ErrorPanel } from '@/components/error-panel'
import { PageSpinner } from '@/components/page-spinner'
import { PaginationNav } from '@/components/pagination-nav'
import { Button } from '@/components/ui/button'
import { getAdminCategories } from '@/features/admin-products/api/get-categories'
import { getAdminProduct } from '@/features/admin-products/api/get-product'
import { getAdminProducts } from '@/features/admin-products/api/get-products'
import { DeleteProductDialog } from '@/features/admin-products/components/delete-product-dialog'
import { ProductFormDialog } from '@/features/admin-products/components/product-form-dialog'
import { productsColumns } from '@/features/admin-products/components/products-columns'
import { ProductsFilters } from '@/features/admin-products/components/products-filters'
import { StockAdjustDialog, type StockAdjustment } from '@/features/admin-products/components/stock-adjust-dialog'
import { StockHistorySheet } from '@/features/admin-products/components/stock-history-sheet'
import type { AdminProduct, ProductFilters } from '@/features/admin-products/types'
import { useShopConfig } from '@/lib/shop-config'
import { useQuery } from '@/lib/use-query'

const FILTER_KEYS = ['q', 'category', 'active', 'sort', 'page'] as const

function readFilters(params: URLSearchParams): ProductFilters {
  const entries = FILTER_KEYS.map((key) => [key, params.get(key) || undefined])
  const filters = Object.fromEntries(entries) as Record<string, string | undefined>
  return { ...filters, page: Number(filters.page ?? 1) } as ProductFilters
}

function toParams(filters: ProductFilters, editing?: string | null) {
  const entries = Object.entries(filters).filter(([key, value]) => value !== undefined && value !== '' && !(key === 'page' && value === 1))
  const params = new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))
  if (editing) params.set('modifier', editing)
  return params
}

export function AdminProducts() {
  const { currency } = useShopConfig()
  const [params, setParams] = useSearchParams()
  const filters = readFilters(params)
  const editId = params.get('modifier')
  const products = useQuery(`admin-products?${toParams(filters)}`, (signal) => getAdminProducts(filters, signal))
  const categories = useQuery('admin-categories', getAdminCategories)
  const editing = useQuery(editId && editId !== 'nouveau' ? `admin-product-${editId}` : null, (signal) => getAdminProduct(Number(editId), signal))
  const [adjustment, setAdjustment] = useState<StockAdjustment | null>(null)
  const [deleting, setDeleting] = useState<AdminProduct | null>(null)
  const [historyOf, setHistoryOf] = useState<AdminProduct | null>(null)
  const reload = products.reload
  const setEditing = (id: string | null) => setParams(toParams(filters, id), { replace: true })
  const columns = useMemo(
    () =>
      productsColumns({
        currency,
        onEdit: (product) => setParams((current) => ({ ...Object.fromEntries(current), modifier: String(product.id) })),
        onAdjust: (product, direction) => setAdjustment({ product, direction }),
        onDelete: setDeleting,
        onHistory: setHistoryOf,
      }),
    [currency, setParams],
  )
  // The list's copy of the product, so its stock (and so its history) follows an adjustment.
  const historyProduct = historyOf && (products.data?.items.find((product) => product.id === historyOf.id) ?? historyOf)
  const sorting = { value: filters.sort ?? 'name', onChange: (sort: string) => setParams(toParams({ ...filters, sort, page: undefined })) }
  const formOpen = editId === 'nouveau' || Boolean(editId && editing.data)

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Produits</h1>
        <Button onClick={() => setEditing('nouveau')}>
          <Plus aria-hidden="true" />
          Nouveau produit
        </Button>
      </div>
      <ProductsFilters filters={filters} categories={categories.data ?? []} onChange={(next) => setParams(toParams(next))} />
      {products.error ? (
        <ErrorPanel error={products.error} onRetry={reload} />
      ) : !products.data ? (
        <PageSpinner label="Chargement des produits…" />
      ) : (
        <>
          <p className="text-sm text-muted-foreground" aria-live="polite">{products.data.total} produit(s) · le stock en rouge est sous son seuil d'alerte</p>
          <DataTable columns={columns} rows={products.data.items} rowKey={(product) => product.id} caption="Produits" empty="Aucun produit ne correspond à ces filtres." sorting={sorting} />
          <PaginationNav page={products.data.page} pages={products.data.pages} hrefFor={(page) => `?${toParams({ ...filters, page })}`} />
        </>
      )}
      <ProductFormDialog
        open={formOpen}
        product={editId === 'nouveau' ? null : (editing.data ?? null)}
        categories={categories.data ?? []}
        onOpenChange={(open) => !open && setEditing(null)}
        onSaved={reload}
      />
      <StockAdjustDialog adjustment={adjustment} onClose={() => setAdjustment(null)} onDone={reload} />
      <StockHistorySheet product={historyProduct} onClose={() => setHistoryOf(null)} onAdjust={(product, direction) => setAdjustment({ product, direction })} />
      <DeleteProductDialog product={deleting} onClose={() => setDeleting(null)} onDone={reload} />
    </>
  )
}

export { AdminProducts as Component }
