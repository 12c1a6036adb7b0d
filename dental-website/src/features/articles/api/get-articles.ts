import { api } from '@/lib/api-client'
import type { ArticleSummary, Paginated } from '@/types/api'

export async function getArticles(params: { page: number; per_page: number; q?: string }, signal?: AbortSignal) {
  const { data } = await api.get<Paginated<ArticleSummary>>('/api/articles', { params, signal })
  return data
}
