import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'

import { apiFieldErrors, handleApiError } from '@/lib/api-error'

/** Puts a 422's field reasons under the matching inputs, and the API's message in a toast. */
export function showFormErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const reasons = apiFieldErrors(error)
  for (const field of fields) {
    if (reasons[field]) setError(field, { type: 'server', message: reasons[field] })
  }
  handleApiError(error)
}
