import { ArrowLeft, LogOut, Menu } from 'lucide-react'
import { Link } from 'react-router-dom'

import { Button } from '@/components/ui/button'
import { paths } from '@/config/paths'

type AdminHeaderProps = { userName: string; onLogout: () => void; onOpenMenu: () => void }

export function AdminHeader({ userName, onLogout, onOpenMenu }: AdminHeaderProps) {
  return (
    <header className="sticky top-0 z-30 flex items-center gap-3 border-b bg-background px-4 py-2 lg:px-6">
      <Button variant="ghost" size="icon" className="lg:hidden" onClick={onOpenMenu} aria-label="Ouvrir le menu d'administration">
        <Menu aria-hidden="true" />
      </Button>
      <Link to={paths.home} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground hover:underline">
        <ArrowLeft className="size-4" aria-hidden="true" />
        Boutique
      </Link>
      <div className="ml-auto flex items-center gap-3">
        <p className="hidden text-sm sm:block">
          <span className="text-muted-foreground">Connecté : </span>
          <span className="font-medium" data-testid="admin-name">{userName}</span>
        </p>
        <Button variant="outline" size="sm" onClick={onLogout}>
          <LogOut aria-hidden="true" />
          Se déconnecter
        </Button>
      </div>
    </header>
  )
}
