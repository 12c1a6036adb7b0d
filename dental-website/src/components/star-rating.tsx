import { Star } from 'lucide-react'

import { formatRating } from '@/lib/format'
import { cn } from '@/lib/utils'

type StarRatingProps = { value: number; count?: number; size?: 'sm' | 'md'; className?: string }

/** Five stars drawn for the eye; one sentence for screen readers ("Note : 4,5 sur 5, 12 avis"). */
export function StarRating({ value, count, size = 'sm', className }: StarRatingProps) {
  const label = `Note : ${formatRating(value)} sur 5${count === undefined ? '' : `, ${count} avis`}`
  const iconSize = size === 'sm' ? 'size-4' : 'size-5'
  return (
    <span role="img" aria-label={label} className={cn('inline-flex items-center gap-1', className)}>
      <span className="relative inline-flex" aria-hidden="true">
        <span className="flex text-slate-300">
          {[0, 1, 2, 3, 4].map((index) => (
            <Star key={index} className={cn(iconSize, 'fill-current')} />
          ))}
        </span>
        <span className="absolute inset-0 flex overflow-hidden text-amber-500" style={{ width: `${(Math.min(Math.max(value, 0), 5) / 5) * 100}%` }}>
          {[0, 1, 2, 3, 4].map((index) => (
            <Star key={index} className={cn(iconSize, 'shrink-0 fill-current')} />
          ))}
        </span>
      </span>
      {count !== undefined && (
        <span className="text-xs text-muted-foreground" aria-hidden="true">
          ({count})
        </span>
      )}
    </span>
  )
}
