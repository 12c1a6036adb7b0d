import { api } from '@/lib/api-client'
import type { Category } from '@/types/api'

/** Not paginated: a shop has tens of categories. */
export async function getCategories(signal?: AbortSignal) {
  const { data } = await api.get<Category[]>('/api/categories', { signal })
  return data
}
