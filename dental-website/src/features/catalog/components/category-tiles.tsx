import { Boxes, HeartPulse, Microscope, Package, ShieldCheck, Sparkles, Stethoscope, Syringe, Wrench, type LucideIcon } from 'lucide-react'
import { Link } from 'react-router-dom'

import { Skeleton } from '@/components/ui/skeleton'
import { paths } from '@/config/paths'
import { plural } from '@/lib/format'
import type { Category } from '@/types/api'

const ICONS: [RegExp, LucideIcon][] = [
  [/instrument|chirurg/, Stethoscope],
  [/anesth|aiguill|seringue/, Syringe],
  [/hygi|protect|steril|desinf/, ShieldCheck],
  [/esth|blanch|composite|restaur/, Sparkles],
  [/equipement|appareil|moteur/, Wrench],
  [/imag|radio|diagnos/, Microscope],
  [/endo|paro|implant/, HeartPulse],
  [/consommable|jetable/, Boxes],
]

function iconFor(slug: string) {
  return ICONS.find(([pattern]) => pattern.test(slug))?.[1] ?? Package
}

export function CategoryTiles({ categories }: { categories: Category[] | undefined }) {
  if (!categories) {
    return (
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4" role="status" aria-label="Chargement des catégories">
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className="h-24" />
        ))}
      </div>
    )
  }
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {categories.map((category) => {
        const Icon = iconFor(category.slug)
        return (
          <li key={category.id}>
            <Link
              to={`${paths.products}?category=${category.slug}`}
              className="flex h-full flex-col items-start gap-2 rounded-xl border bg-card p-3 transition-colors hover:border-primary/40 hover:bg-secondary sm:flex-row sm:items-center sm:gap-3 sm:p-4"
            >
              <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-secondary text-primary sm:size-11">
                <Icon className="size-6" aria-hidden="true" />
              </span>
              <span className="grid min-w-0">
                <span className="text-sm leading-snug font-semibold hyphens-auto">{category.name}</span>
                <span className="text-xs text-muted-foreground">{plural(category.product_count, 'produit')}</span>
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
