import { Plus, X } from 'lucide-react'
import { useEffect, useId, useState, type KeyboardEvent } from 'react'

import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { useQuery } from '@/lib/use-query'

import { searchProducts } from '../api/search-products'
import type { PickedProduct } from '../types'

type ProductPickerProps = { value: PickedProduct[]; onChange: (products: PickedProduct[]) => void }

function useDebounced(value: string, delay: number) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return debounced
}

/** Enter in the search box looks for products; it must not submit the whole case study. */
function keepEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Enter') event.preventDefault()
}

function ChosenProducts({ value, onChange }: ProductPickerProps) {
  if (value.length === 0) return <p className="text-sm text-muted-foreground">Aucun produit lié.</p>
  return (
    <ul aria-label="Produits liés" className="flex flex-wrap gap-2">
      {value.map((product) => (
        <li key={product.id} className="flex items-center gap-1 rounded-full border bg-secondary py-0.5 pr-1 pl-3 text-sm">
          {product.name}
          <Button type="button" variant="ghost" size="icon" className="size-7 rounded-full" onClick={() => onChange(value.filter((item) => item.id !== product.id))} aria-label={`Retirer ${product.name}`}>
            <X aria-hidden="true" />
          </Button>
        </li>
      ))}
    </ul>
  )
}

/** The products a case study uses: found by name, brand or SKU, added and removed one by one. */
export function ProductPicker({ value, onChange }: ProductPickerProps) {
  const inputId = useId()
  const [term, setTerm] = useState('')
  const q = useDebounced(term.trim(), 250)
  const results = useQuery(q.length >= 2 ? `product-picker:${q}` : null, (signal) => searchProducts(q, signal))
  const chosen = new Set(value.map((product) => product.id))

  return (
    <div className="grid gap-3">
      <ChosenProducts value={value} onChange={onChange} />
      <div className="grid gap-1.5">
        <Label htmlFor={inputId}>Ajouter un produit</Label>
        <Input id={inputId} type="search" value={term} onChange={(event) => setTerm(event.target.value)} onKeyDown={keepEnter} placeholder="Nom, marque ou SKU (2 lettres au moins)" autoComplete="off" />
      </div>
      {q.length >= 2 && results.data && (
        <ul aria-label="Produits trouvés" className="grid max-h-56 gap-1 overflow-y-auto rounded-md border p-1">
          {results.data.length === 0 && <li className="px-2 py-1.5 text-sm text-muted-foreground">Aucun produit ne correspond.</li>}
          {results.data.map((product) => (
            <li key={product.id} className="flex items-center justify-between gap-2 rounded px-2 py-1 text-sm hover:bg-accent">
              <span>{product.name}</span>
              <Button type="button" variant="outline" size="sm" disabled={chosen.has(product.id)} onClick={() => onChange([...value, product])} aria-label={`${chosen.has(product.id) ? 'Ajouté' : 'Ajouter'} : ${product.name}`}>
                <Plus aria-hidden="true" />
                {chosen.has(product.id) ? 'Ajouté' : 'Ajouter'}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
