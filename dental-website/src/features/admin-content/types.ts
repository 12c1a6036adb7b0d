import type { ArticleSummary, CaseStudySummary, ProductSummary } from '@/types/api'

export type ContentStatus = 'draft' | 'published'

export type ContentFilters = { q?: string; status?: ContentStatus; page?: number }

type AdminFields = { status: ContentStatus; created_at: string; updated_at: string }

export type AdminArticleSummary = ArticleSummary & AdminFields

export type AdminArticle = AdminArticleSummary & { content: string }

export type ArticlePayload = { title?: string; content?: string; excerpt?: string; image_url?: string | null; status?: ContentStatus }

export type AdminCaseStudySummary = CaseStudySummary & AdminFields

export type AdminCaseStudy = AdminCaseStudySummary & {
  content: string
  before_image_url: string | null
  after_image_url: string | null
  product_ids: number[]
  products: ProductSummary[]
}

export type CaseStudyPayload = {
  title?: string
  summary?: string
  content?: string
  cover_image_url?: string | null
  before_image_url?: string | null
  after_image_url?: string | null
  product_ids?: number[]
  status?: ContentStatus
}

/** What the product picker shows of a product. */
export type PickedProduct = { id: number; name: string; image_url: string | null }

export type UploadKind = 'articles' | 'case-studies'
