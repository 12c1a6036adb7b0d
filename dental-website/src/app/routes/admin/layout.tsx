import { useState } from 'react'
import { Link, Outlet, useNavigate } from 'react-router-dom'

import { AdminHeader } from '@/components/layouts/admin-header'
import { AdminSidebar } from '@/components/layouts/admin-sidebar'
import { Sheet, SheetContent, SheetTitle } from '@/components/ui/sheet'
import { paths } from '@/config/paths'
import { useAuth } from '@/features/auth/auth-context'
import { StockAlertsProvider, useStockAlertsContext } from '@/features/stock-alerts/stock-alerts-context'
import type { NewOrderEvent } from '@/features/stock-alerts/types'
import { formatMoney } from '@/lib/format'
import { PageMeta } from '@/lib/page-meta'
import { useShopConfig } from '@/lib/shop-config'
import { toast } from '@/lib/toast'

function Brand() {
  return (
    <Link to={paths.admin} className="block px-6 py-4 font-semibold text-white">
      DentalTech Pro
      <span className="block text-xs font-normal text-slate-400">Administration</span>
    </Link>
  )
}

/** What admin pages read from the frame: how many new orders the stream announced since the admin came in. */
export type AdminOutletContext = { ordersAnnounced: number }

function AdminFrame({ ordersAnnounced }: AdminOutletContext) {
  const { user, logout } = useAuth()
  const { products } = useStockAlertsContext()
  const navigate = useNavigate()
  const [menuOpen, setMenuOpen] = useState(false)
  const badges = { lowStock: products.length }

  async function onLogout() {
    await logout()
    toast.success('Vous êtes déconnecté.')
    navigate(paths.home)
  }

  return (
    <div className="min-h-screen bg-muted lg:grid lg:grid-cols-[14rem_minmax(0,1fr)]">
      <PageMeta title="Administration" description="Back office DentalTech Pro." />
      <aside className="hidden bg-slate-900 lg:block">
        <div className="sticky top-0 max-h-screen overflow-y-auto">
          <Brand />
          <AdminSidebar badges={badges} />
        </div>
      </aside>
      <Sheet open={menuOpen} onOpenChange={setMenuOpen}>
        <SheetContent side="left" className="bg-slate-900 text-white" closeLabel="Fermer le menu" aria-describedby={undefined}>
          <SheetTitle className="sr-only">Menu d'administration</SheetTitle>
          <Brand />
          <AdminSidebar badges={badges} onNavigate={() => setMenuOpen(false)} />
        </SheetContent>
      </Sheet>
      <div className="min-w-0">
        <AdminHeader userName={user?.full_name ?? ''} onLogout={onLogout} onOpenMenu={() => setMenuOpen(true)} />
        <main className="mx-auto grid max-w-7xl grid-cols-[minmax(0,1fr)] gap-6 px-4 py-6 lg:px-6">
          <Outlet context={{ ordersAnnounced } satisfies AdminOutletContext} />
        </main>
      </div>
    </div>
  )
}

/** The admin area's frame: sidebar, header, and the one stock-alert stream every admin page shares. */
export function AdminLayout() {
  const { currency } = useShopConfig()
  const [ordersAnnounced, setOrdersAnnounced] = useState(0)
  function announce(order: NewOrderEvent) {
    setOrdersAnnounced((count) => count + 1)
    toast.info(`Nouvelle commande ${order.reference}`, {
      description: `${order.customer_name} · ${formatMoney(order.total_price, currency)}`,
    })
  }
  return (
    <StockAlertsProvider onNewOrder={announce}>
      <AdminFrame ordersAnnounced={ordersAnnounced} />
    </StockAlertsProvider>
  )
}

export { AdminLayout as Component }
