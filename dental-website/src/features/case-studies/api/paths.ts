import { pathWithQuery } from '@/lib/primed-requests'

export type CaseStudiesParams = { page: number; per_page: number }

export const caseStudiesPath = (params: CaseStudiesParams) => pathWithQuery('/api/case-studies', params)
