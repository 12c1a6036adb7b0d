import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { server } from '@/testing/setup'

import { getAccessToken, setAccessToken } from './access-token'
import { api, REFRESH_LOCK, refreshAccessToken } from './api-client'

function loggedInCookie() {
  document.cookie = 'csrf_refresh_token=csrf-1; path=/'
}

/** /api/orders/mine accepts only `Bearer fresh`; /api/auth/refresh hands out `fresh` and counts its calls. */
function protectedApi() {
  const calls = { refresh: 0, csrf: [] as (string | null)[], authModes: [] as (string | null)[] }
  server.use(
    http.get('/api/orders/mine', ({ request }) =>
      request.headers.get('Authorization') === 'Bearer fresh'
        ? HttpResponse.json({ items: [], page: 1, per_page: 10, total: 0, pages: 0 })
        : HttpResponse.json({ message: 'Session invalide ou expirée.' }, { status: 401 }),
    ),
    http.post('/api/auth/refresh', async ({ request }) => {
      calls.refresh += 1
      calls.csrf.push(request.headers.get('X-CSRF-TOKEN'))
      calls.authModes.push(request.headers.get('X-Auth-Mode'))
      await new Promise((resolve) => setTimeout(resolve, 20))
      return HttpResponse.json({ access_token: 'fresh' })
    }),
  )
  return calls
}

describe('api client silent refresh', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('refreshes an expired access token once and retries the request', async () => {
    loggedInCookie()
    setAccessToken('expired')
    const calls = protectedApi()
    const response = await api.get('/api/orders/mine')
    expect(response.status).toBe(200)
    expect(calls.refresh).toBe(1)
    expect(calls.csrf).toEqual(['csrf-1'])
    expect(calls.authModes).toEqual(['cookie'])
    expect(getAccessToken()).toBe('fresh')
  })

  it('runs one refresh for several requests that fail at the same time', async () => {
    loggedInCookie()
    setAccessToken('expired')
    const calls = protectedApi()
    await Promise.all([api.get('/api/orders/mine'), api.get('/api/orders/mine'), api.get('/api/orders/mine')])
    expect(calls.refresh).toBe(1)
  })

  it('takes the cross-tab lock before refreshing', async () => {
    loggedInCookie()
    const request = vi.fn((_name: string, task: () => Promise<unknown>) => task())
    vi.stubGlobal('navigator', { ...navigator, locks: { request } })
    protectedApi()
    await expect(refreshAccessToken()).resolves.toBe('fresh')
    expect(request).toHaveBeenCalledWith(REFRESH_LOCK, expect.any(Function))
  })

  it('forgets the session when the refresh token is refused', async () => {
    loggedInCookie()
    setAccessToken('expired')
    protectedApi()
    server.use(http.post('/api/auth/refresh', () => HttpResponse.json({ message: 'Session expirée.' }, { status: 401 })))
    await expect(api.get('/api/orders/mine')).rejects.toMatchObject({ response: { status: 401 } })
    expect(getAccessToken()).toBeNull()
  })

  it('does not ask for a refresh without a refresh cookie', async () => {
    const calls = protectedApi()
    await expect(refreshAccessToken()).resolves.toBeNull()
    expect(calls.refresh).toBe(0)
  })

  it('never sends the access token to the refresh route', async () => {
    loggedInCookie()
    setAccessToken('expired')
    let authorization: string | null = 'unset'
    server.use(
      http.post('/api/auth/refresh', ({ request }) => {
        authorization = request.headers.get('Authorization')
        return HttpResponse.json({ access_token: 'fresh' })
      }),
    )
    await refreshAccessToken()
    expect(authorization).toBeNull()
  })
})
