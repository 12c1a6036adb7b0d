import { api } from '@/lib/api-client'
import type { AuthResponse } from '@/types/api'

export type LoginInput = { email: string; password: string }

/** Cookie mode: the refresh token comes back as an HttpOnly cookie, never in the body. */
export async function login(input: LoginInput) {
  const { data } = await api.post<AuthResponse>('/api/auth/login', input, {
    anonymous: true,
    headers: { 'X-Auth-Mode': 'cookie' },
  })
  return data
}
