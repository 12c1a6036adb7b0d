import { isAxiosError } from 'axios'
import { toast } from '@/lib/toast'

import type { ApiErrorBody } from '@/types/api'

const notified = new WeakSet<object>()

export const NETWORK_ERROR_MESSAGE = 'Connexion au serveur impossible. Vérifiez votre connexion et réessayez.'

export function apiErrorStatus(error: unknown) {
  return isAxiosError(error) ? error.response?.status : undefined
}

export function isNetworkError(error: unknown) {
  return isAxiosError(error) && !error.response
}

export function apiErrorBody(error: unknown): ApiErrorBody | null {
  if (!isAxiosError(error)) return null
  const data: unknown = error.response?.data
  return data && typeof data === 'object' && 'message' in data ? (data as ApiErrorBody) : null
}

/** The API's own French message, or a fallback that says what happened. */
export function apiErrorMessage(error: unknown, fallback = 'Une erreur est survenue, réessayez.') {
  if (isNetworkError(error)) return NETWORK_ERROR_MESSAGE
  return apiErrorBody(error)?.message ?? fallback
}

/** Field name → first reason, from a 422's `errors`. */
export function apiFieldErrors(error: unknown): Record<string, string> {
  const errors = apiErrorBody(error)?.errors ?? {}
  return Object.fromEntries(
    Object.entries(errors).map(([field, reasons]) => [field, Array.isArray(reasons) ? String(reasons[0]) : String(reasons)]),
  )
}

export function markNotified(error: unknown) {
  if (error && typeof error === 'object') notified.add(error)
}

/** Shows the API's message in a toast, once per error (the api client already reported network and server failures). */
export function handleApiError(error: unknown, fallback?: string) {
  if (error && typeof error === 'object' && notified.has(error)) return
  markNotified(error)
  toast.error(apiErrorMessage(error, fallback))
}
