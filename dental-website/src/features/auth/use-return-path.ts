import { useNavigate, useSearchParams } from 'react-router-dom'

import { paths } from '@/config/paths'

/** Only same-site paths are followed after a login (no open redirect). */
function safeNext(next: string | null) {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.account
}

/** The page to return to after logging in or signing up: the `?next=` asked for, or the account. */
export function useReturnPath() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const asked = params.get('next')
  const next = safeNext(asked)
  return {
    next,
    /** `next` when the URL asked for one, to carry over to the other page (login ⇄ sign-up). */
    askedNext: asked ? next : undefined,
    returnToNext: () => navigate(next, { replace: true }),
  }
}
