import { useId } from 'react'
import { useSearchParams } from 'react-router-dom'

import { Label } from '@/components/ui/label'
import { NativeSelect } from '@/components/ui/native-select'
import { plural } from '@/lib/format'

import { SORTS, withFilters, type CatalogFilters } from '../catalog-params'

export function CatalogToolbar({ total, filters }: { total: number | undefined; filters: CatalogFilters }) {
  const [params, setParams] = useSearchParams()
  const sortId = useId()
  const sorts = SORTS.filter((sort) => sort.value !== 'relevance' || filters.q)
  const current = filters.sort || (filters.q ? 'relevance' : 'newest')
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {total === undefined ? 'Recherche en cours…' : total === 0 ? 'Aucun produit trouvé' : plural(total, 'produit trouvé', 'produits trouvés')}
      </p>
      <div className="flex items-center gap-2">
        <Label htmlFor={sortId} className="shrink-0 text-sm text-muted-foreground">
          Trier par
        </Label>
        <NativeSelect
          id={sortId}
          value={current}
          className="w-44"
          onChange={(event) => setParams(withFilters(params, { sort: event.target.value }))}
        >
          {sorts.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </NativeSelect>
      </div>
    </div>
  )
}
