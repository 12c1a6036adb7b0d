import { createContext, use, type ReactNode } from 'react'

import { useStockAlerts, type StockAlertsOptions } from './use-stock-alerts'

type StockAlertsValue = ReturnType<typeof useStockAlerts>

const StockAlertsContext = createContext<StockAlertsValue | null>(null)

/** One stream for the whole admin area: the sidebar badge, the dashboard panel and new-order toasts share it. */
export function StockAlertsProvider({ children, ...options }: StockAlertsOptions & { children: ReactNode }) {
  const value = useStockAlerts(options)
  return <StockAlertsContext value={value}>{children}</StockAlertsContext>
}

export function useStockAlertsContext() {
  const context = use(StockAlertsContext)
  if (!context) throw new Error('useStockAlertsContext must be used inside <StockAlertsProvider>')
  return context
}
