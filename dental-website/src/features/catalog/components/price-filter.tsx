import { useId, type FormEvent } from 'react'
import { useSearchParams } from 'react-router-dom'

import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { useShopConfig } from '@/lib/shop-config'

import { withFilters } from '../catalog-params'

export function PriceFilter({ min, max }: { min: string; max: string }) {
  const [params, setParams] = useSearchParams()
  const { currency } = useShopConfig()
  const minId = useId()
  const maxId = useId()

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const read = (name: string) => String(data.get(name) ?? '').trim().replace(',', '.')
    let [low, high] = [read('min_price'), read('max_price')]
    if (low && high && Number(low) > Number(high)) [low, high] = [high, low]
    setParams(withFilters(params, { min_price: low || null, max_price: high || null }))
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-2" aria-labelledby="price-filter-title">
      <h2 id="price-filter-title" className="text-sm font-semibold">
        Prix ({currency})
      </h2>
      <div className="grid grid-cols-2 gap-2">
        <div className="grid gap-1">
          <Label htmlFor={minId} className="text-xs text-muted-foreground">
            Prix min
          </Label>
          <Input id={minId} name="min_price" inputMode="decimal" defaultValue={min} placeholder="0" />
        </div>
        <div className="grid gap-1">
          <Label htmlFor={maxId} className="text-xs text-muted-foreground">
            Prix max
          </Label>
          <Input id={maxId} name="max_price" inputMode="decimal" defaultValue={max} placeholder="∞" />
        </div>
      </div>
      <Button type="submit" variant="secondary" size="sm">
        Appliquer le prix
      </Button>
    </form>
  )
}
