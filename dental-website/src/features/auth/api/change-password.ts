import { api } from '@/lib/api-client'

export type ChangePasswordInput = { current_password: string; new_password: string }

/** Every earlier token is revoked: the answer carries the new access token (and a new refresh cookie). */
export async function changePassword(input: ChangePasswordInput) {
  const { data } = await api.post<{ access_token: string }>('/api/auth/change-password', input, {
    headers: { 'X-Auth-Mode': 'cookie' },
  })
  return data
}
