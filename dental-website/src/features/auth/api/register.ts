import { api } from '@/lib/api-client'
import type { AuthResponse } from '@/types/api'

export type RegisterInput = { email: string; password: string; full_name: string; phone?: string }

export async function register(input: RegisterInput) {
  const { data } = await api.post<AuthResponse>('/api/auth/register', input, {
    anonymous: true,
    headers: { 'X-Auth-Mode': 'cookie' },
  })
  return data
}
