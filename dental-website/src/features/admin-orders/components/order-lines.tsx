import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { formatMoney } from '@/lib/format'

import type { AdminOrder } from '../types'

export function OrderLines({ order, currency }: { order: AdminOrder; currency: string }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Produit</TableHead>
          <TableHead className="text-right">Prix</TableHead>
          <TableHead className="text-right">Qté</TableHead>
          <TableHead className="text-right">Total</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {order.items.map((item, index) => (
          <TableRow key={`${item.product_id}-${index}`}>
            <TableCell>{item.product_name}</TableCell>
            <TableCell className="text-right whitespace-nowrap">{formatMoney(item.unit_price, currency)}</TableCell>
            <TableCell className="text-right">{item.quantity}</TableCell>
            <TableCell className="text-right whitespace-nowrap">{formatMoney(item.line_total, currency)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={3} className="font-semibold">
            Total
          </TableCell>
          <TableCell className="text-right font-semibold whitespace-nowrap" data-testid="order-total">
            {formatMoney(order.total_price, currency)}
          </TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  )
}
