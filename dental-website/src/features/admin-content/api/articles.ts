import { api } from '@/lib/api-client'
import type { Paginated } from '@/types/api'

import type { AdminArticle, AdminArticleSummary, ArticlePayload, ContentFilters } from '../types'
import { listParams } from './list-params'

export async function getAdminArticles(filters: ContentFilters, signal?: AbortSignal) {
  const { data } = await api.get<Paginated<AdminArticleSummary>>('/api/admin/articles', { params: listParams(filters), signal })
  return data
}

export async function getAdminArticle(id: number, signal?: AbortSignal) {
  const { data } = await api.get<AdminArticle>(`/api/admin/articles/${id}`, { signal })
  return data
}

export async function createArticle(payload: ArticlePayload) {
  const { data } = await api.post<AdminArticle>('/api/admin/articles', payload)
  return data
}

/** A partial update: publishing is `{ status: 'published' }`. */
export async function updateArticle(id: number, payload: ArticlePayload) {
  const { data } = await api.patch<AdminArticle>(`/api/admin/articles/${id}`, payload)
  return data
}

export async function deleteArticle(id: number) {
  await api.delete(`/api/admin/articles/${id}`)
}
