import { SearchX } from 'lucide-react'
import { Link } from 'react-router-dom'

import { buttonVariants } from '@/components/ui/button'
import { paths } from '@/config/paths'

import { type CatalogFilters } from '../catalog-params'

/** No result: say what was searched and what to try next. */
export function CatalogEmpty({ filters }: { filters: CatalogFilters }) {
  const narrowed = filters.category || filters.min_price || filters.max_price || filters.in_stock
  return (
    <div className="grid justify-items-center gap-4 rounded-xl border border-dashed px-6 py-12 text-center">
      <SearchX className="size-10 text-muted-foreground" aria-hidden="true" />
      <h2 className="text-lg font-semibold">
        {filters.q ? `Aucun produit ne correspond à « ${filters.q} »` : 'Aucun produit ne correspond à ces filtres'}
      </h2>
      <ul className="grid max-w-md gap-1 text-sm text-muted-foreground">
        {filters.q && <li>Vérifiez l'orthographe ou essayez un mot plus court (« gant », « composite »).</li>}
        {filters.q && <li>Cherchez par marque ou par référence produit.</li>}
        {narrowed && <li>Retirez un filtre : catégorie, prix ou « en stock uniquement ».</li>}
      </ul>
      <div className="flex flex-wrap justify-center gap-2">
        {narrowed && filters.q && (
          <Link to={`${paths.products}?q=${encodeURIComponent(filters.q)}`} className={buttonVariants({ variant: 'outline' })}>
            Garder la recherche, retirer les filtres
          </Link>
        )}
        <Link to={paths.products} className={buttonVariants()}>
          Voir tout le catalogue
        </Link>
      </div>
    </div>
  )
}
