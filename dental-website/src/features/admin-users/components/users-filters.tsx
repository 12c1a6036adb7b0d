import { AdminSearch } from '@/components/admin-search'
import { Label } from '@/components/ui/label'
import { NativeSelect } from '@/components/ui/native-select'
import type { Role } from '@/types/api'

import type { UserFilters } from '../api/users'

export function UsersFilters({ filters, onChange }: { filters: UserFilters; onChange: (filters: UserFilters) => void }) {
  const set = (patch: Partial<UserFilters>) => onChange({ ...filters, ...patch, page: undefined })

  return (
    <div className="grid gap-3 rounded-lg border bg-card p-4 md:grid-cols-[2fr_1fr]">
      <AdminSearch id="users-q" query={filters.q} placeholder="Nom, e-mail ou téléphone" onSearch={(q) => set({ q })} />
      <div className="grid gap-1.5">
        <Label htmlFor="users-role">Rôle</Label>
        <NativeSelect id="users-role" value={filters.role ?? ''} onChange={(event) => set({ role: (event.target.value || undefined) as Role | undefined })}>
          <option value="">Tous</option>
          <option value="client">Clients</option>
          <option value="admin">Administrateurs</option>
        </NativeSelect>
      </div>
    </div>
  )
}
