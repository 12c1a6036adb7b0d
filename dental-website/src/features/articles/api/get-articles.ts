import { api } from '@/lib/api-client'
import { primedOr } from '@/lib/primed-requests'
import type { ArticleSummary, Paginated } from '@/types/api'

import { articlesPath, type ArticlesParams } from './paths'

export async function getArticles(params: ArticlesParams, signal?: AbortSignal) {
  return primedOr(
    articlesPath(params),
    async () => (await api.get<Paginated<ArticleSummary>>('/api/articles', { params, signal })).data,
  )
}
