import { api } from '@/lib/api-client'

export type ResetPasswordInput = { token: string; new_password: string }

export async function resetPassword(input: ResetPasswordInput) {
  await api.post('/api/auth/reset-password', input, { anonymous: true })
}
