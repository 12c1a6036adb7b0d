import { api } from '@/lib/api-client'
import type { Paginated, Role, User } from '@/types/api'

export type UserFilters = { q?: string; role?: Role; page?: number }

export async function getUsers(filters: UserFilters, signal?: AbortSignal) {
  const params = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''))
  const { data } = await api.get<Paginated<User>>('/api/admin/users', { params: { per_page: 20, ...params }, signal })
  return data
}

/** Demoting or deactivating takes effect at once; an admin cannot do it to themself (409). */
export async function updateUser(id: number, changes: { role?: Role; is_active?: boolean }) {
  const { data } = await api.patch<User>(`/api/admin/users/${id}`, changes)
  return data
}

export async function createResetLink(id: number) {
  const { data } = await api.post<{ url: string; expires_at: string }>(`/api/admin/users/${id}/reset-link`)
  return data
}
