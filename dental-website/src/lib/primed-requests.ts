import { env } from '@/config/env'

/** GET requests the boot script started before the app's code arrived, by API path ("/api/x?y=z"). */
const primed = new Map<string, Promise<unknown>>()

async function fetchJson(path: string) {
  const response = await fetch(new URL(`${env.API_URL}${path}`, window.location.href), { credentials: 'include', headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  return response.json() as Promise<unknown>
}

/** Starts a public GET now; the page that needs it takes it with `primedOr`. Returns the answer too. */
export function prime(path: string) {
  const request = fetchJson(path)
  request.catch(() => undefined)
  primed.set(path, request)
  return request
}

/**
 * The primed answer for `path` (used once), else `request()`; a primed request that failed is made again
 * by `request()`, so errors reach the page through the app's own client.
 */
export function primedOr<T>(path: string, request: () => Promise<T>): Promise<T> {
  const answer = primed.get(path) as Promise<T> | undefined
  if (!answer) return request()
  primed.delete(path)
  return answer.catch(request)
}

export function pathWithQuery(path: string, query: Record<string, string | number> | URLSearchParams) {
  const search = new URLSearchParams(query instanceof URLSearchParams ? query : Object.entries(query).map(([key, value]) => [key, String(value)]))
  return search.size ? `${path}?${search}` : path
}
