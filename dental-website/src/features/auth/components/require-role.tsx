import { useEffect, type ReactNode } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router-dom'
import { toast } from '@/lib/toast'

import { PageSpinner } from '@/components/page-spinner'
import { loginPath, paths } from '@/config/paths'
import type { Role } from '@/types/api'

import { useAuth } from '../auth-context'

function SentAway({ message }: { message: string }) {
  useEffect(() => {
    toast.error(message, { id: message })
  }, [message])
  return <Navigate to={paths.home} replace />
}

/** Anonymous visitors go to /connexion (and come back after); a user without the role is sent home. */
export function RequireRole({ role, children }: { role?: Role; children?: ReactNode }) {
  const { user, status } = useAuth()
  const location = useLocation()
  if (status === 'loading') return <PageSpinner label="Vérification de la session…" />
  if (!user) return <Navigate to={loginPath(location.pathname + location.search)} replace />
  if (role && user.role !== role) return <SentAway message="Cet espace est réservé aux administrateurs." />
  return children ?? <Outlet />
}
