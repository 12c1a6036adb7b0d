import { NavLink } from 'react-router-dom'

import { adminNav, type NavBadge } from '@/config/nav'
import { cn } from '@/lib/utils'

type AdminSidebarProps = { badges: Partial<Record<NavBadge, number>>; onNavigate?: () => void }

/** The admin menu, rendered from `config/nav.ts`; a badge shows a count (low-stock products) beside its item. */
export function AdminSidebar({ badges, onNavigate }: AdminSidebarProps) {
  return (
    <nav aria-label="Administration" className="grid gap-6 p-3">
      {adminNav.map((group) => (
        <div key={group.title} className="grid gap-1">
          <p className="px-3 text-xs font-semibold tracking-wide text-slate-400 uppercase">{group.title}</p>
          {group.items.map((item) => {
            const count = item.badge ? badges[item.badge] : undefined
            return (
              <NavLink
                key={item.to}
                to={item.to}
                end={item.end}
                onClick={onNavigate}
                className={({ isActive }) =>
                  cn(
                    'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-slate-200 transition-colors hover:bg-slate-800 hover:text-white',
                    isActive && 'bg-slate-800 text-white',
                  )
                }
              >
                <item.icon className="size-4 shrink-0" aria-hidden="true" />
                <span className="flex-1">{item.label}</span>
                {count ? (
                  <span
                    className="rounded-full bg-red-600 px-2 py-0.5 text-xs font-semibold text-white"
                    aria-label={`${count} alerte${count > 1 ? 's' : ''} de stock`}
                    data-testid="low-stock-badge"
                  >
                    {count}
                  </span>
                ) : null}
              </NavLink>
            )
          })}
        </div>
      ))}
    </nav>
  )
}
