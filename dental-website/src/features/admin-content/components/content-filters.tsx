import { AdminSearch } from '@/components/admin-search'
import { Label } from '@/components/ui/label'
import { NativeSelect } from '@/components/ui/native-select'

import type { ContentFilters as Filters, ContentStatus } from '../types'

type ContentFiltersProps = { filters: Filters; onChange: (filters: Filters) => void; placeholder: string }

/** Search (title and text) and draft/published filter, shared by articles and case studies. */
export function ContentFilters({ filters, onChange, placeholder }: ContentFiltersProps) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch, page: undefined })

  return (
    <div className="grid gap-3 rounded-lg border bg-card p-4 md:grid-cols-[2fr_1fr]">
      <AdminSearch id="content-q" query={filters.q} placeholder={placeholder} onSearch={(q) => set({ q })} />
      <div className="grid gap-1.5">
        <Label htmlFor="content-status">État</Label>
        <NativeSelect id="content-status" value={filters.status ?? ''} onChange={(event) => set({ status: (event.target.value || undefined) as ContentStatus | undefined })}>
          <option value="">Tous</option>
          <option value="published">Publiés</option>
          <option value="draft">Brouillons</option>
        </NativeSelect>
      </div>
    </div>
  )
}
