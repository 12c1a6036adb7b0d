import { api } from '@/lib/api-client'

/** Revokes the access token and the refresh cookie; the server clears the cookie. */
export async function logout() {
  await api.post('/api/auth/logout', {}, { silent: true })
}
