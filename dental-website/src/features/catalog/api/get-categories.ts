import { api } from '@/lib/api-client'
import { primedOr } from '@/lib/primed-requests'
import type { Category } from '@/types/api'

import { CATEGORIES_PATH } from './paths'

/** Not paginated: a shop has tens of categories. */
export async function getCategories(signal?: AbortSignal) {
  return primedOr(CATEGORIES_PATH, async () => (await api.get<Category[]>(CATEGORIES_PATH, { signal })).data)
}
