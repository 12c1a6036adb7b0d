import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { DataTable } from '@/components/data-table'
import { ErrorPanel } from '@/components/error-panel'
import { PageSpinner } from '@/components/page-spinner'
import { PaginationNav } from '@/components/pagination-nav'
import { createResetLink, getUsers, updateUser, type UserFilters } from '@/features/admin-users/api/users'
import { ResetLinkDialog, type ResetLink } from '@/features/admin-users/components/reset-link-dialog'
import type { UserAction } from '@/features/admin-users/components/user-actions'
import { usersColumns } from '@/features/admin-users/components/users-columns'
import { UsersFilters } from '@/features/admin-users/components/users-filters'
import { useAuth } from '@/features/auth/auth-context'
import { handleApiError } from '@/lib/api-error'
import { toast } from '@/lib/toast'
import { useQuery } from '@/lib/use-query'
import type { User } from '@/types/api'

const CHANGES = {
  promote: { changes: { role: 'admin' }, done: 'est maintenant administrateur' },
  demote: { changes: { role: 'client' }, done: 'est maintenant client' },
  deactivate: { changes: { is_active: false }, done: 'ne peut plus se connecter' },
  reactivate: { changes: { is_active: true }, done: 'peut de nouveau se connecter' },
} as const

type Pending = { user: User; action: Exclude<UserAction, 'reset-link'> }

function toParams(filters: UserFilters) {
  return new URLSearchParams(Object.entries(filters).filter(([key, value]) => value && !(key === 'page' && value === 1)).map(([key, value]) => [key, String(value)]))
}

export function AdminUsers() {
  const { user: me } = useAuth()
  const [params, setParams] = useSearchParams()
  const filters: UserFilters = { q: params.get('q') || undefined, role: (params.get('role') || undefined) as UserFilters['role'], page: Number(params.get('page') ?? 1) }
  const users = useQuery(`admin-users?${toParams(filters)}`, (signal) => getUsers(filters, signal))
  const [pending, setPending] = useState<Pending | null>(null)
  const [resetLink, setResetLink] = useState<ResetLink | null>(null)
  const reload = users.reload

  const columns = useMemo(() => {
    const onAction = (user: User, action: UserAction) => {
      if (action !== 'reset-link') return setPending({ user, action })
      createResetLink(user.id).then((link) => setResetLink({ user, ...link }), (error: unknown) => handleApiError(error))
    }
    return usersColumns({ currentUserId: me?.id, onAction })
  }, [me?.id])

  async function apply() {
    if (!pending) return
    const { changes, done } = CHANGES[pending.action]
    try {
      await updateUser(pending.user.id, changes)
      toast.success(`${pending.user.full_name} ${done}.`)
      reload()
    } catch (error) {
      handleApiError(error)
      throw error
    }
  }

  return (
    <>
      <h1 className="text-2xl font-bold">Utilisateurs</h1>
      <UsersFilters filters={filters} onChange={(next) => setParams(toParams(next))} />
      {users.error ? (
        <ErrorPanel error={users.error} onRetry={reload} />
      ) : !users.data ? (
        <PageSpinner label="Chargement des utilisateurs…" />
      ) : (
        <>
          <DataTable columns={columns} rows={users.data.items} rowKey={(user) => user.id} caption="Utilisateurs" empty="Aucun utilisateur ne correspond." />
          <PaginationNav page={users.data.page} pages={users.data.pages} hrefFor={(page) => `?${toParams({ ...filters, page })}`} />
        </>
      )}
      <ConfirmDialog
        open={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title={pending ? `${pending.user.full_name} : confirmer ?` : ''}
        description={pending ? `Après confirmation, ${pending.user.full_name} ${CHANGES[pending.action].done} (effet immédiat).` : ''}
        confirmLabel="Confirmer"
        destructive={pending?.action === 'deactivate' || pending?.action === 'demote'}
        onConfirm={apply}
      />
      <ResetLinkDialog link={resetLink} onClose={() => setResetLink(null)} />
    </>
  )
}

export { AdminUsers as Component }
