import { pathWithQuery } from '@/lib/primed-requests'

export type ArticlesParams = { page: number; per_page: number; q?: string }

export const articlesPath = ({ q, ...page }: ArticlesParams) => pathWithQuery('/api/articles', q ? { ...page, q } : page)
