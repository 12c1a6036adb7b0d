import { api } from '@/lib/api-client'
import type { Paginated } from '@/types/api'

import type { AdminCaseStudy, AdminCaseStudySummary, CaseStudyPayload, ContentFilters } from '../types'
import { listParams } from './list-params'

export async function getAdminCaseStudies(filters: ContentFilters, signal?: AbortSignal) {
  const { data } = await api.get<Paginated<AdminCaseStudySummary>>('/api/admin/case-studies', { params: listParams(filters), signal })
  return data
}

export async function getAdminCaseStudy(id: number, signal?: AbortSignal) {
  const { data } = await api.get<AdminCaseStudy>(`/api/admin/case-studies/${id}`, { signal })
  return data
}

/** Unknown product ids → 422 with `errors.product_ids`. */
export async function createCaseStudy(payload: CaseStudyPayload) {
  const { data } = await api.post<AdminCaseStudy>('/api/admin/case-studies', payload)
  return data
}

export async function updateCaseStudy(id: number, payload: CaseStudyPayload) {
  const { data } = await api.patch<AdminCaseStudy>(`/api/admin/case-studies/${id}`, payload)
  return data
}

export async function deleteCaseStudy(id: number) {
  await api.delete(`/api/admin/case-studies/${id}`)
}
