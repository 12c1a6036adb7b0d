import { createContext, startTransition, use, useEffect, useState, type ReactNode } from 'react'

import { env } from '@/config/env'
import { api } from '@/lib/api-client'
import type { ShopConfig } from '@/types/api'

export const DEFAULT_SHOP_CONFIG: ShopConfig = {
  store_name: env.DEFAULT_STORE_NAME,
  currency: env.DEFAULT_CURRENCY,
  whatsapp_number: '',
  low_stock_threshold: 10,
}

const ShopConfigContext = createContext<ShopConfig | null>(null)

export async function getShopConfig() {
  const { data } = await api.get<ShopConfig>('/api/config', { silent: true })
  return data
}

/** The shop's public settings (name, currency, WhatsApp number); defaults until /api/config answers. */
export function ShopConfigProvider({ children, initial }: { children: ReactNode; initial?: ShopConfig }) {
  const [config, setConfig] = useState<ShopConfig>(initial ?? DEFAULT_SHOP_CONFIG)

  useEffect(() => {
    if (initial) return
    let active = true
    getShopConfig().then(
      // A transition: an update at normal priority while the page is still hydrating would make React
      // hydrate all of it at once, in one long task.
      (data) => active && startTransition(() => setConfig(data)),
      () => undefined,
    )
    return () => {
      active = false
    }
  }, [initial])

  return <ShopConfigContext value={config}>{children}</ShopConfigContext>
}

export function useShopConfig() {
  const config = use(ShopConfigContext)
  if (!config) throw new Error('useShopConfig must be used inside <ShopConfigProvider>')
  return config
}
