import { Link } from 'react-router-dom'

import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { paths } from '@/config/paths'

import { useStockAlertsContext } from '../stock-alerts-context'
import type { StreamState } from '../types'

const STATE_LABELS: Record<StreamState, { label: string; variant: 'success' | 'warning' | 'muted' }> = {
  open: { label: 'En direct', variant: 'success' },
  connecting: { label: 'Connexion…', variant: 'muted' },
  reconnecting: { label: 'Reconnexion…', variant: 'warning' },
}

/** Products under their threshold, live from the stock-alert stream; each links to its edit form. */
export function LowStockPanel() {
  const { products, state } = useStockAlertsContext()
  const status = STATE_LABELS[state]
  return (
    <Card aria-labelledby="low-stock-title">
      <CardHeader className="flex flex-row items-center justify-between gap-2">
        <CardTitle id="low-stock-title" className="text-base">
          Alertes de stock
        </CardTitle>
        <Badge variant={status.variant} role="status" data-testid="stream-state">
          {status.label}
        </Badge>
      </CardHeader>
      <CardContent>
        {products.length === 0 ? (
          <p className="text-sm text-muted-foreground">Aucun produit sous son seuil d'alerte.</p>
        ) : (
          <ul aria-label="Produits en stock bas" className="divide-y">
            {products.map((product) => (
              <li key={product.id} className="flex items-center justify-between gap-3 py-2">
                <Link to={paths.adminProduct(product.id)} className="font-medium text-primary hover:underline">
                  {product.name}
                </Link>
                <span className="text-sm font-semibold whitespace-nowrap text-red-700">
                  {product.stock_quantity}
                  {product.threshold !== undefined && <span className="font-normal text-muted-foreground"> / seuil {product.threshold}</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  )
}
