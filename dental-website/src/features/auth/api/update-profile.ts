import { api } from '@/lib/api-client'
import type { User } from '@/types/api'

export type ProfileInput = { full_name: string; phone: string | null }

export async function updateProfile(input: ProfileInput) {
  const { data } = await api.patch<User>('/api/auth/me', input)
  return data
}
