import { formatRating } from '@/lib/format'
import { cn } from '@/lib/utils'

type StarRatingProps = { value: number; count?: number; size?: 'sm' | 'md'; className?: string }

// A five-pointed star in a 24 × 24 box, repeated five times: one SVG per row of stars, not ten icon
// components per rating (a catalogue page shows 24 ratings, and each component costs time at start-up).
const STAR = '12 2 15.09 8.26 22 9.27 17 14.14 18.18 21.02 12 17.77 5.82 21.02 7 14.14 2 9.27 8.91 8.26'
const STARS = [0, 24, 48, 72, 96].map((x) => <polygon key={x} points={STAR} transform={`translate(${x} 0)`} />)

function StarRow({ className }: { className: string }) {
  return (
    <svg viewBox="0 0 120 24" className={cn('shrink-0', className)} fill="currentColor" stroke="currentColor" strokeWidth={2} strokeLinejoin="round">
      {STARS}
    </svg>
  )
}

/** Five stars drawn for the eye; one sentence for screen readers ("Note : 4,5 sur 5, 12 avis"). */
export function StarRating({ value, count, size = 'sm', className }: StarRatingProps) {
  const label = `Note : ${formatRating(value)} sur 5${count === undefined ? '' : `, ${count} avis`}`
  const rowSize = size === 'sm' ? 'h-4 w-20' : 'h-5 w-25'
  return (
    <span role="img" aria-label={label} className={cn('inline-flex items-center gap-1', className)}>
      <span className="relative inline-flex" aria-hidden="true">
        <StarRow className={cn(rowSize, 'text-slate-300')} />
        <span className="absolute inset-0 overflow-hidden text-amber-500" style={{ width: `${(Math.min(Math.max(value, 0), 5) / 5) * 100}%` }}>
          <StarRow className={rowSize} />
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
