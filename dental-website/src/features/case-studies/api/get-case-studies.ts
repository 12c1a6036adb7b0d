import { api } from '@/lib/api-client'
import { primedOr } from '@/lib/primed-requests'
import type { CaseStudySummary, Paginated } from '@/types/api'

import { caseStudiesPath, type CaseStudiesParams } from './paths'

export async function getCaseStudies(params: CaseStudiesParams, signal?: AbortSignal) {
  return primedOr(
    caseStudiesPath(params),
    async () => (await api.get<Paginated<CaseStudySummary>>('/api/case-studies', { params, signal })).data,
  )
}
