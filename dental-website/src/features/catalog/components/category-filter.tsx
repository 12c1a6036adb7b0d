import { Link, useSearchParams } from 'react-router-dom'

import { Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/utils'
import type { Category } from '@/types/api'

import { withFilters } from '../catalog-params'

export function CategoryFilter({ categories, active }: { categories: Category[] | undefined; active: string }) {
  const [params] = useSearchParams()
  const link = (slug: string | null) => `?${withFilters(params, { category: slug })}`
  const itemClass = (selected: boolean) =>
    cn(
      'flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm transition-colors hover:bg-accent',
      selected && 'bg-secondary font-semibold text-secondary-foreground',
    )
  return (
    <nav aria-labelledby="category-filter-title" className="grid gap-2">
      <h2 id="category-filter-title" className="text-sm font-semibold">
        Catégories
      </h2>
      {categories ? (
        <ul className="grid gap-0.5">
          <li>
            <Link to={link(null)} className={itemClass(!active)} aria-current={!active ? 'true' : undefined}>
              Toutes les catégories
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category.id}>
              <Link
                to={link(category.slug)}
                className={itemClass(active === category.slug)}
                aria-current={active === category.slug ? 'true' : undefined}
              >
                <span>{category.name}</span>
                <span className="text-xs text-muted-foreground">{category.product_count}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <div className="grid gap-2">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-7 w-full" />
          ))}
        </div>
      )}
    </nav>
  )
}
