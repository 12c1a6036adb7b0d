import { Search } from 'lucide-react'
import type { FormEvent } from 'react'

import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'

type AdminSearchProps = { id: string; query: string | undefined; placeholder: string; onSearch: (query: string | undefined) => void }

/** The search box of the admin filter bars: submitted with Enter or the button; blank means no search. */
export function AdminSearch({ id, query, placeholder, onSearch }: AdminSearchProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onSearch(String(new FormData(event.currentTarget).get('q') ?? '').trim() || undefined)
  }

  return (
    <form role="search" onSubmit={submit} className="grid gap-1.5">
      <Label htmlFor={id}>Recherche</Label>
      <div className="flex gap-2">
        <Input id={id} name="q" defaultValue={query ?? ''} key={query ?? ''} placeholder={placeholder} />
        <Button type="submit" variant="outline" size="icon" aria-label="Rechercher">
          <Search aria-hidden="true" />
        </Button>
      </div>
    </form>
  )
}
