import { ArrowLeft } from 'lucide-react'
import { Link, Outlet } from 'react-router-dom'

import { paths } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'

/** The admin area's frame; the admin issue fills in its sidebar and pages (split away from the storefront). */
export function AdminLayout() {
  return (
    <div className="min-h-screen bg-muted">
      <PageMeta title="Administration" description="Back office DentalTech Pro." />
      <header className="border-b bg-slate-900 text-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3 lg:px-6">
          <p className="font-semibold">DentalTech Pro · Administration</p>
          <Link to={paths.home} className="inline-flex items-center gap-1 text-sm text-slate-200 hover:text-white hover:underline">
            <ArrowLeft className="size-4" aria-hidden="true" />
            Retour à la boutique
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-8 lg:px-6">
        <Outlet />
      </main>
    </div>
  )
}

export { AdminLayout as Component }
