import { MoreHorizontal } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import type { User } from '@/types/api'

export type UserAction = 'promote' | 'demote' | 'deactivate' | 'reactivate' | 'reset-link'

type UserActionsProps = { user: User; isSelf: boolean; onAction: (user: User, action: UserAction) => void }

/** What an admin may do to an account; nothing that would lock themself out (a deactivated account gets no reset link). */
export function UserActions({ user, isSelf, onAction }: UserActionsProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={`Actions pour ${user.full_name}`}>
          <MoreHorizontal aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {user.is_active && <DropdownMenuItem onSelect={() => onAction(user, 'reset-link')}>Créer un lien de réinitialisation</DropdownMenuItem>}
        {!isSelf && (
          <>
            {user.is_active && <DropdownMenuSeparator />}
            {user.role === 'client' ? (
              <DropdownMenuItem onSelect={() => onAction(user, 'promote')}>Promouvoir administrateur</DropdownMenuItem>
            ) : (
              <DropdownMenuItem onSelect={() => onAction(user, 'demote')}>Rétrograder en client</DropdownMenuItem>
            )}
            {user.is_active ? (
              <DropdownMenuItem onSelect={() => onAction(user, 'deactivate')} className="text-destructive">
                Désactiver le compte
              </DropdownMenuItem>
            ) : (
              <DropdownMenuItem onSelect={() => onAction(user, 'reactivate')}>Réactiver le compte</DropdownMenuItem>
            )}
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
