import { AdminSearch } from '@/components/admin-search'
import { Label } from '@/components/ui/label'
import { NativeSelect } from '@/components/ui/native-select'

import type { AdminCategory, ProductFilters } from '../types'

type ProductsFiltersProps = { filters: ProductFilters; categories: AdminCategory[]; onChange: (filters: ProductFilters) => void }

const SORTS = [
  { value: 'name', label: 'Nom' },
  { value: 'newest', label: 'Plus récents' },
  { value: 'price_asc', label: 'Prix croissant' },
  { value: 'price_desc', label: 'Prix décroissant' },
]

export function ProductsFilters({ filters, categories, onChange }: ProductsFiltersProps) {
  const set = (patch: Partial<ProductFilters>) => onChange({ ...filters, ...patch, page: undefined })

  return (
    <div className="grid gap-3 rounded-lg border bg-card p-4 md:grid-cols-2 xl:grid-cols-[2fr_1fr_1fr_1fr]">
      <AdminSearch id="products-q" query={filters.q} placeholder="Nom, marque, SKU" onSearch={(q) => set({ q })} />
      <div className="grid gap-1.5">
        <Label htmlFor="products-category">Catégorie</Label>
        <NativeSelect id="products-category" value={filters.category ?? ''} onChange={(event) => set({ category: event.target.value || undefined })}>
          <option value="">Toutes</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {category.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="products-active">État</Label>
        <NativeSelect id="products-active" value={filters.active ?? ''} onChange={(event) => set({ active: (event.target.value || undefined) as ProductFilters['active'] })}>
          <option value="">Tous</option>
          <option value="true">Actifs</option>
          <option value="false">Inactifs</option>
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="products-sort">Tri</Label>
        <NativeSelect id="products-sort" value={filters.sort ?? 'name'} onChange={(event) => set({ sort: event.target.value })}>
          {SORTS.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </NativeSelect>
      </div>
    </div>
  )
}
