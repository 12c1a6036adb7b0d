import { AdminSearch } from '@/components/admin-search'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { NativeSelect } from '@/components/ui/native-select'

import { ORDER_STATUSES } from '../order-workflow'
import type { OrderFilters } from '../types'

type OrdersFiltersProps = { filters: OrderFilters; onChange: (filters: OrderFilters) => void }

/** Status, shop days and a search over reference, name and phone; every change starts again at page 1. */
export function OrdersFilters({ filters, onChange }: OrdersFiltersProps) {
  const set = (patch: Partial<OrderFilters>) => onChange({ ...filters, ...patch, page: undefined })
  // The range stays in order (the API refuses it reversed): an end moved past the other takes it along.
  const setFrom = (date_from?: string) =>
    set(date_from && filters.date_to && date_from > filters.date_to ? { date_from, date_to: date_from } : { date_from })
  const setTo = (date_to?: string) =>
    set(date_to && filters.date_from && date_to < filters.date_from ? { date_to, date_from: date_to } : { date_to })

  return (
    <div className="grid gap-3 rounded-lg border bg-card p-4 md:grid-cols-2 xl:grid-cols-[2fr_1fr_1fr_1fr]">
      <AdminSearch id="orders-q" query={filters.q} placeholder="Référence, nom ou téléphone" onSearch={(q) => set({ q })} />
      <div className="grid gap-1.5">
        <Label htmlFor="orders-status">Statut</Label>
        <NativeSelect id="orders-status" value={filters.status ?? ''} onChange={(event) => set({ status: (event.target.value || undefined) as OrderFilters['status'] })}>
          <option value="">Tous les statuts</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status}>{status}</option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="orders-from">Du</Label>
        <Input id="orders-from" type="date" value={filters.date_from ?? ''} onChange={(event) => setFrom(event.target.value || undefined)} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="orders-to">Au</Label>
        <Input id="orders-to" type="date" value={filters.date_to ?? ''} onChange={(event) => setTo(event.target.value || undefined)} />
      </div>
    </div>
  )
}
