import { api } from '@/lib/api-client'
import type { CaseStudySummary, Paginated } from '@/types/api'

export async function getCaseStudies(params: { page: number; per_page: number }, signal?: AbortSignal) {
  const { data } = await api.get<Paginated<CaseStudySummary>>('/api/case-studies', { params, signal })
  return data
}
