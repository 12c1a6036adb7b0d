import { Star } from 'lucide-react'
import { useId } from 'react'

import { cn } from '@/lib/utils'

type RatingInputProps = { value: number; onChange: (value: number) => void; invalid?: boolean; describedBy?: string }

/** Five radio buttons drawn as stars: arrow keys and screen readers work as for any radio group. */
export function RatingInput({ value, onChange, invalid, describedBy }: RatingInputProps) {
  const name = useId()
  return (
    <fieldset className="grid gap-2" aria-invalid={invalid || undefined} aria-describedby={describedBy}>
      <legend className="mb-2 text-sm font-medium">Votre note</legend>
      <div className="flex gap-1">
        {[1, 2, 3, 4, 5].map((star) => (
          <label key={star} className="cursor-pointer rounded-md has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50">
            <input
              type="radio"
              name={name}
              value={star}
              checked={value === star}
              onChange={() => onChange(star)}
              className="sr-only"
            />
            <Star
              aria-hidden="true"
              className={cn('size-8 transition-colors', star <= value ? 'fill-amber-500 text-amber-500' : 'text-slate-400')}
            />
            <span className="sr-only">{star === 1 ? '1 étoile' : `${star} étoiles`}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
