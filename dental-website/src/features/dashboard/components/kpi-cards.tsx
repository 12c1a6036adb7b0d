import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { formatMoney } from '@/lib/format'
import type { OrderStatus } from '@/types/api'

import type { Stats } from '../api/get-stats'

const STATUSES: OrderStatus[] = ['En attente', 'Confirmée', 'Expédiée', 'Livrée', 'Annulée']

function Kpi({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card className="gap-1">
      <CardHeader>
        <CardTitle className="text-sm font-medium text-muted-foreground">{label}</CardTitle>
      </CardHeader>
      <CardContent>
        <p className="text-2xl font-bold" data-testid={`kpi-${label}`}>{value}</p>
        {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
      </CardContent>
    </Card>
  )
}

export function KpiCards({ stats, currency }: { stats: Stats; currency: string }) {
  const orders = STATUSES.reduce((sum, status) => sum + (stats.orders_by_status[status] ?? 0), 0)
  return (
    <div className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Kpi label="Chiffre d'affaires" value={formatMoney(stats.revenue_total, currency)} hint="Commandes confirmées, expédiées et livrées" />
        <Kpi label="Panier moyen" value={formatMoney(stats.average_order, currency)} hint="Par commande comptée dans le chiffre d'affaires" />
        <Kpi label="Commandes" value={String(orders)} hint={`${stats.orders_by_status['En attente'] ?? 0} en attente`} />
        <Kpi label="Clients" value={String(stats.customers_count)} hint={`${stats.products_count} produits actifs`} />
      </div>
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Commandes par statut</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {STATUSES.map((status) => (
              <div key={status} className="rounded-lg border p-3">
                <dt className="text-xs text-muted-foreground">{status}</dt>
                <dd className="text-xl font-semibold">{stats.orders_by_status[status] ?? 0}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
    </div>
  )
}
