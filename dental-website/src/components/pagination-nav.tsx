import { ChevronLeft, ChevronRight } from 'lucide-react'
import { Link } from 'react-router-dom'

import { buttonVariants } from '@/components/ui/button'
import { cn } from '@/lib/utils'

type PaginationNavProps = { page: number; pages: number; hrefFor: (page: number) => string }

/** Pages around the current one, with the first and the last always shown. */
export function pageWindow(page: number, pages: number): (number | 'gap')[] {
  const shown = new Set([1, pages, page - 1, page, page + 1].filter((value) => value >= 1 && value <= pages))
  const sorted = [...shown].sort((a, b) => a - b)
  return sorted.flatMap((value, index) => (index > 0 && value - sorted[index - 1] > 1 ? ['gap' as const, value] : [value]))
}

export function PaginationNav({ page, pages, hrefFor }: PaginationNavProps) {
  if (pages <= 1) return null
  const item = buttonVariants({ variant: 'outline', size: 'icon' })
  return (
    <nav aria-label="Pagination" className="flex justify-center">
      <ul className="flex flex-wrap items-center gap-1.5">
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} className={item} aria-label="Page précédente">
              <ChevronLeft aria-hidden="true" />
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pages).map((value, index) =>
          value === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted-foreground">
              …
            </li>
          ) : (
            <li key={value}>
              <Link
                to={hrefFor(value)}
                aria-label={`Page ${value}`}
                aria-current={value === page ? 'page' : undefined}
                className={cn(item, value === page && 'border-primary bg-primary text-primary-foreground hover:bg-teal-800 hover:text-primary-foreground')}
              >
                {value}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <Link to={hrefFor(page + 1)} className={item} aria-label="Page suivante">
              <ChevronRight aria-hidden="true" />
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  )
}
