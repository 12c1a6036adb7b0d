import { Badge } from '@/components/ui/badge'
import type { ProductSummary } from '@/types/api'

export function stockLabel(product: Pick<ProductSummary, 'in_stock' | 'low_stock' | 'stock_quantity'>) {
  if (!product.in_stock || product.stock_quantity <= 0) return 'Rupture de stock'
  if (product.low_stock) return `Plus que ${product.stock_quantity} en stock`
  return 'En stock'
}

export function StockBadge({ product }: { product: Pick<ProductSummary, 'in_stock' | 'low_stock' | 'stock_quantity'> }) {
  const variant = !product.in_stock || product.stock_quantity <= 0 ? 'danger' : product.low_stock ? 'warning' : 'success'
  return <Badge variant={variant}>{stockLabel(product)}</Badge>
}
