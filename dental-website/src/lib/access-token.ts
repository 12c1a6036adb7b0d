/** The access token lives in memory only; the refresh token is an HttpOnly cookie the page never sees. */
type Listener = () => void

let accessToken: string | null = null
const listeners = new Set<Listener>()

export function getAccessToken() {
  return accessToken
}

export function setAccessToken(token: string | null) {
  if (token === accessToken) return
  accessToken = token
  listeners.forEach((listener) => listener())
}

export function subscribeAccessToken(listener: Listener) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The CSRF half of the refresh cookie pair, readable by the page (flask-jwt-extended double submit). */
export function readRefreshCsrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)csrf_refresh_token=([^;]+)/)
  return match ? decodeURIComponent(match[1]) : null
}
