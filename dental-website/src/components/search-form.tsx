import { Search } from 'lucide-react'
import { useId, type FormEvent } from 'react'
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom'

import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { paths } from '@/config/paths'
import { cn } from '@/lib/utils'

/** The catalogue search: its query goes in the URL (`/produits?q=…`), so results can be shared and reloaded. */
export function SearchForm({ className }: { className?: string }) {
  const navigate = useNavigate()
  const location = useLocation()
  const [params] = useSearchParams()
  const inputId = useId()
  const current = location.pathname === paths.products ? (params.get('q') ?? '') : ''

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim()
    navigate(q ? `${paths.products}?q=${encodeURIComponent(q)}` : paths.products)
  }

  return (
    // action/method: the search also works before the app has started (the page is prerendered).
    <form
      role="search"
      aria-label="Recherche dans le catalogue"
      action={paths.products}
      method="get"
      onSubmit={onSubmit}
      className={cn('flex w-full', className)}
    >
      <label htmlFor={inputId} className="sr-only">
        Rechercher un produit
      </label>
      <Input
        key={current}
        id={inputId}
        name="q"
        type="search"
        defaultValue={current}
        placeholder="Gants, composite, détartreur…"
        className="rounded-r-none border-r-0"
        enterKeyHint="search"
        maxLength={100}
      />
      <Button type="submit" className="rounded-l-none" aria-label="Rechercher">
        <Search aria-hidden="true" />
        <span className="hidden xl:inline">Rechercher</span>
      </Button>
    </form>
  )
}
