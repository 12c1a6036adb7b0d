import { SlidersHorizontal } from 'lucide-react'
import { useId, useState } from 'react'
import { useSearchParams } from 'react-router-dom'

import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { Switch } from '@/components/ui/switch'
import { cn } from '@/lib/utils'
import type { Category } from '@/types/api'

import { hasPanelFilters, readFilters, withFilters } from '../catalog-params'
import { CategoryFilter } from './category-filter'
import { PriceFilter } from './price-filter'

/** Categories, price range and stock; a `Filtres` toggle on phones, a sidebar on wide screens. */
export function CatalogFilters({ categories }: { categories: Category[] | undefined }) {
  const [params, setParams] = useSearchParams()
  const filters = readFilters(params)
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const stockId = useId()

  return (
    <div className="grid gap-3">
      <Button
        variant="outline"
        className="justify-between lg:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="flex items-center gap-2">
          <SlidersHorizontal aria-hidden="true" />
          Filtres
        </span>
        {hasPanelFilters(filters) && <span className="text-xs font-medium text-primary">actifs</span>}
      </Button>
      <div id={panelId} className={cn('grid gap-6 rounded-xl border bg-card p-4 lg:block lg:space-y-6', !open && 'hidden')}>
        <CategoryFilter categories={categories} active={filters.category} />
        <PriceFilter key={`${filters.min_price}-${filters.max_price}`} min={filters.min_price} max={filters.max_price} />
        <div className="flex items-center justify-between gap-3">
          <Label htmlFor={stockId}>En stock uniquement</Label>
          <Switch
            id={stockId}
            checked={filters.in_stock}
            onCheckedChange={(checked) => setParams(withFilters(params, { in_stock: checked ? 'true' : null }))}
          />
        </div>
        {hasPanelFilters(filters) && (
          <Button variant="ghost" className="w-full" onClick={() => setParams(filters.q ? { q: filters.q } : {})}>
            Effacer les filtres
          </Button>
        )}
      </div>
    </div>
  )
}
