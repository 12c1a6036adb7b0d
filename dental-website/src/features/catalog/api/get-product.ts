import { api } from '@/lib/api-client'
import { primedOr } from '@/lib/primed-requests'
import type { Product } from '@/types/api'

import { productPath } from './paths'

export async function getProduct(slug: string, signal?: AbortSignal) {
  return primedOr(productPath(slug), async () => (await api.get<Product>(productPath(slug), { signal })).data)
}
