import { api } from '@/lib/api-client'
import type { CaseStudy } from '@/types/api'

export async function getCaseStudy(slug: string, signal?: AbortSignal) {
  const { data } = await api.get<CaseStudy>(`/api/case-studies/${encodeURIComponent(slug)}`, { signal })
  return data
}
