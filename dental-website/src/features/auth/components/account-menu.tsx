import { CircleUserRound } from 'lucide-react'
import { lazy, Suspense } from 'react'
import { Link, useLocation } from 'react-router-dom'

import { Button } from '@/components/ui/button'
import { loginPath } from '@/config/paths'

import { useAuth } from '../auth-context'

const UserMenu = lazy(() => import('./user-menu'))

function AccountPlaceholder({ label }: { label: string }) {
  return (
    <Button variant="ghost" size="icon" aria-label={label} disabled className="disabled:opacity-100">
      <CircleUserRound className="size-5" aria-hidden="true" />
    </Button>
  )
}

/** `Se connecter` for visitors; the account menu (loaded when first needed) for a logged-in user. */
export function AccountMenu() {
  const { user, status } = useAuth()
  const location = useLocation()
  if (status === 'loading') return <AccountPlaceholder label="Chargement du compte" />
  if (!user) {
    return (
      <Button asChild variant="ghost" className="px-2 sm:px-3">
        <Link to={loginPath(location.pathname + location.search)}>
          <CircleUserRound className="size-5" aria-hidden="true" />
          <span className="sr-only sm:not-sr-only">Se connecter</span>
        </Link>
      </Button>
    )
  }
  return (
    <Suspense fallback={<AccountPlaceholder label="Mon compte" />}>
      <UserMenu user={user} />
    </Suspense>
  )
}
