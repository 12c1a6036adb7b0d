import { api } from '@/lib/api-client'
import type { User } from '@/types/api'

export async function getMe() {
  const { data } = await api.get<User>('/api/auth/me', { silent: true })
  return data
}
