import type { Column } from '@/components/data-table'
import { Badge } from '@/components/ui/badge'
import { formatDate } from '@/lib/format'
import type { User } from '@/types/api'

import { UserActions, type UserAction } from './user-actions'

type ColumnOptions = { currentUserId?: number; onAction: (user: User, action: UserAction) => void }

export function usersColumns({ currentUserId, onAction }: ColumnOptions): Column<User>[] {
  return [
    {
      id: 'name',
      header: 'Nom',
      cell: (user) => (
        <>
          <span className="block font-medium">{user.full_name}</span>
          <span className="block text-xs text-muted-foreground">{user.email}</span>
        </>
      ),
    },
    { id: 'phone', header: 'Téléphone', cell: (user) => user.phone ?? '—', className: 'whitespace-nowrap' },
    { id: 'role', header: 'Rôle', cell: (user) => (user.role === 'admin' ? <Badge variant="info">Administrateur</Badge> : <Badge variant="secondary">Client</Badge>) },
    { id: 'state', header: 'État', cell: (user) => (user.is_active ? <Badge variant="success">Actif</Badge> : <Badge variant="danger">Désactivé</Badge>) },
    { id: 'created', header: 'Inscrit le', cell: (user) => formatDate(user.created_at), className: 'whitespace-nowrap' },
    {
      id: 'actions',
      header: <span className="sr-only">Actions</span>,
      className: 'text-right',
      cell: (user) => <UserActions user={user} isSelf={user.id === currentUserId} onAction={onAction} />,
    },
  ]
}
