import axios, { isAxiosError, type AxiosError } from 'axios'
import { toast } from '@/lib/toast'

import { env } from '@/config/env'
import { getAccessToken, readRefreshCsrfToken, setAccessToken } from '@/lib/access-token'
import { apiErrorMessage, markNotified } from '@/lib/api-error'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Send no bearer token and never refresh on 401 (login, refresh itself). */
    anonymous?: boolean
    /** Leave every error to the caller: no toast. */
    silent?: boolean
    _retried?: boolean
  }
}

/** The one HTTP client of the site: base URL, bearer token, silent refresh on 401 and one retry. */
export const api = axios.create({
  baseURL: env.API_URL,
  headers: { Accept: 'application/json' },
  withCredentials: true,
  timeout: 20_000,
})

export const REFRESH_LOCK = 'dentaltech-auth-refresh'

api.interceptors.request.use((config) => {
  const token = getAccessToken()
  if (token && !config.anonymous && !config.headers.has('Authorization')) {
    config.headers.set('Authorization', `Bearer ${token}`)
  }
  return config
})

api.interceptors.response.use(undefined, async (error: unknown) => {
  if (!isAxiosError(error) || !error.config) throw error
  const config = error.config
  if (error.response?.status === 401 && !config.anonymous && !config._retried && config.headers.has('Authorization')) {
    config._retried = true
    const token = await refreshAccessToken()
    if (token) {
      config.headers.set('Authorization', `Bearer ${token}`)
      return api.request(config)
    }
  }
  reportUnexpected(error)
  throw error
})

function reportUnexpected(error: AxiosError) {
  const status = error.response?.status
  if (error.config?.silent || (status !== undefined && status < 500 && status !== 429)) return
  markNotified(error)
  const message = apiErrorMessage(error)
  toast.error(message, { id: message })
}

let refreshing: Promise<string | null> | null = null

/**
 * A new access token from the refresh cookie, or null when there is no session any more.
 * One refresh at a time: in this tab through a shared promise, across tabs through a Web Lock,
 * because presenting a refresh token that another tab has just rotated ends the whole login.
 */
export function refreshAccessToken() {
  refreshing ??= withRefreshLock(requestAccessToken).finally(() => {
    refreshing = null
  })
  return refreshing
}

function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request(REFRESH_LOCK, task)
  }
  return task()
}

async function requestAccessToken() {
  const csrf = readRefreshCsrfToken()
  if (!csrf) {
    setAccessToken(null)
    return null
  }
  try {
    const { data } = await api.post<{ access_token: string }>('/api/auth/refresh', undefined, {
      anonymous: true,
      silent: true,
      headers: { 'X-Auth-Mode': 'cookie', 'X-CSRF-TOKEN': csrf },
    })
    setAccessToken(data.access_token)
    return data.access_token
  } catch (error) {
    const status = isAxiosError(error) ? error.response?.status : undefined
    if (status !== undefined && status < 500) {
      setAccessToken(null)
      return null
    }
    throw error
  }
}
