import { Minus, Plus } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'

type QuantityStepperProps = {
  value: number
  max: number
  min?: number
  onChange: (value: number) => void
  label: string
  className?: string
}

/** − / number / + ; the number is clamped to [min, max] (the stock) whatever is typed. */
export function QuantityStepper({ value, max, min = 1, onChange, label, className }: QuantityStepperProps) {
  const clamp = (next: number) => Math.max(min, Math.min(max, Number.isFinite(next) ? Math.floor(next) : min))
  return (
    <div role="group" aria-label={label} className={cn('inline-flex items-center rounded-md border border-input', className)}>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className="size-9 rounded-r-none"
        aria-label="Diminuer la quantité"
        disabled={value <= min}
        onClick={() => onChange(clamp(value - 1))}
      >
        <Minus aria-hidden="true" />
      </Button>
      <input
        type="number"
        inputMode="numeric"
        aria-label={label}
        className="h-9 w-12 [appearance:textfield] border-x border-input bg-background text-center text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-inner-spin-button]:appearance-none"
        min={min}
        max={max}
        value={value}
        onChange={(event) => onChange(clamp(event.target.valueAsNumber))}
      />
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className="size-9 rounded-l-none"
        aria-label="Augmenter la quantité"
        disabled={value >= max}
        onClick={() => onChange(clamp(value + 1))}
      >
        <Plus aria-hidden="true" />
      </Button>
    </div>
  )
}
