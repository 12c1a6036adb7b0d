import { createContext, startTransition, use, useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react'

import { getAccessToken, setAccessToken, subscribeAccessToken } from '@/lib/access-token'
import { refreshAccessToken } from '@/lib/api-client'
import type { AuthResponse, User } from '@/types/api'

import { getMe } from './api/get-me'
import { login as loginRequest, type LoginInput } from './api/login'
import { logout as logoutRequest } from './api/logout'
import { register as registerRequest, type RegisterInput } from './api/register'

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous'

type AuthContextValue = {
  user: User | null
  status: AuthStatus
  login: (input: LoginInput) => Promise<User>
  register: (input: RegisterInput) => Promise<User>
  logout: () => Promise<void>
  setUser: (user: User) => void
}

const AuthContext = createContext<AuthContextValue | null>(null)
const CHANNEL = 'dentaltech-auth'

/** The session of a page load: restored from the refresh cookie, so a reload keeps the user logged in. */
async function restoreSession() {
  const token = await refreshAccessToken()
  return token ? getMe() : null
}

function useLogoutBroadcast() {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(CHANNEL)
    channel.onmessage = (event) => {
      if (event.data === 'logout') setAccessToken(null)
    }
    return () => channel.close()
  }, [])
}

function broadcastLogout() {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANNEL)
  channel.postMessage('logout')
  channel.close()
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const token = useSyncExternalStore(subscribeAccessToken, getAccessToken, () => null)
  const [user, setUser] = useState<User | null>(null)
  const [restored, setRestored] = useState(false)
  useLogoutBroadcast()

  useEffect(() => {
    let active = true
    // Transitions, as the page may still be hydrating when the answer comes (see ShopConfigProvider).
    restoreSession()
      .then((restoredUser) => active && restoredUser && startTransition(() => setUser(restoredUser)))
      .catch(() => undefined)
      .finally(() => active && startTransition(() => setRestored(true)))
    return () => {
      active = false
    }
  }, [])

  const accept = useCallback((response: AuthResponse) => {
    setAccessToken(response.access_token)
    setUser(response.user)
    setRestored(true)
    return response.user
  }, [])

  const login = useCallback(async (input: LoginInput) => accept(await loginRequest(input)), [accept])
  const register = useCallback(async (input: RegisterInput) => accept(await registerRequest(input)), [accept])

  const logout = useCallback(async () => {
    try {
      await logoutRequest()
    } finally {
      setAccessToken(null)
      setUser(null)
      broadcastLogout()
    }
  }, [])

  const currentUser = token ? user : null
  const status: AuthStatus = !restored && !currentUser ? 'loading' : currentUser ? 'authenticated' : 'anonymous'
  const value = useMemo(
    () => ({ user: currentUser, status, login, register, logout, setUser }),
    [currentUser, status, login, register, logout],
  )
  return <AuthContext value={value}>{children}</AuthContext>
}

export function useAuth() {
  const context = use(AuthContext)
  if (!context) throw new Error('useAuth must be used inside <AuthProvider>')
  return context
}
