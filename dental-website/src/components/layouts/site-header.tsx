import { Menu, X } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { NavLink } from 'react-router-dom'

import { BrandLogo } from '@/components/brand-logo'
import { SearchForm } from '@/components/search-form'
import { Button } from '@/components/ui/button'
import { mainNav } from '@/config/paths'
import { cn } from '@/lib/utils'

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  cn(
    'rounded-md px-3 py-2 text-sm font-medium transition-colors hover:bg-accent hover:text-accent-foreground',
    isActive ? 'text-primary' : 'text-slate-700',
  )

/** Name, navigation, search and the `actions` (account menu, `Panier`) the app gives it. */
export function SiteHeader({ storeName, actions }: { storeName: string; actions: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false)
  return (
    <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/85">
      <div className="mx-auto flex max-w-7xl items-center gap-2 px-4 py-3 sm:gap-4 lg:px-6">
        <Button
          variant="ghost"
          size="icon"
          className="-ml-2 lg:hidden"
          aria-expanded={menuOpen}
          aria-controls="mobile-nav"
          aria-label={menuOpen ? 'Fermer le menu' : 'Ouvrir le menu'}
          onClick={() => setMenuOpen((open) => !open)}
        >
          {menuOpen ? <X className="size-5" aria-hidden="true" /> : <Menu className="size-5" aria-hidden="true" />}
        </Button>
        <BrandLogo name={storeName} />
        <nav aria-label="Navigation principale" className="hidden lg:block">
          <ul className="flex items-center gap-1">
            {mainNav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className={navLinkClass}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm className="mx-2 hidden max-w-md flex-1 md:flex" />
        <div className="ml-auto flex items-center gap-1 sm:gap-2">{actions}</div>
      </div>
      <div className="px-4 pb-3 md:hidden">
        <SearchForm />
      </div>
      <nav id="mobile-nav" aria-label="Navigation mobile" className={cn('border-t px-4 py-2 lg:hidden', !menuOpen && 'hidden')}>
        <ul className="grid">
          {mainNav.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className={(state) => cn(navLinkClass(state), 'block py-3 text-base')} onClick={() => setMenuOpen(false)}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
