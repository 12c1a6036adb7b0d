import { api } from '@/lib/api-client'
import type { Article } from '@/types/api'

export async function getArticle(slug: string, signal?: AbortSignal) {
  const { data } = await api.get<Article>(`/api/articles/${encodeURIComponent(slug)}`, { signal })
  return data
}
