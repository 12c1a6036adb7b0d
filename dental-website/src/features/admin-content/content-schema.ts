import { z } from 'zod'

import type { AdminArticle, AdminCaseStudy, ArticlePayload, CaseStudyPayload, PickedProduct } from './types'

// The same bounds as the API (dental-api/src/schemas/content.py), so most mistakes are caught before sending.
const title = z.string().trim().min(1, 'Le titre est obligatoire.').max(200, '200 caractères au plus.')
const content = z.string().trim().min(1, 'Le contenu est obligatoire.').max(100_000, '100 000 caractères au plus.')
const image = z.string().nullable()
const published = z.boolean()

export const articleSchema = z.object({
  title,
  excerpt: z.string().trim().max(500, '500 caractères au plus.'),
  content,
  image_url: image,
  published,
})

export const caseStudySchema = z.object({
  title,
  summary: z.string().trim().min(1, 'Le résumé est obligatoire.').max(500, '500 caractères au plus.'),
  content,
  cover_image_url: image,
  before_image_url: image,
  after_image_url: image,
  products: z.array(z.object({ id: z.number(), name: z.string(), image_url: z.string().nullable() })).max(50, '50 produits au plus.'),
  published,
})

export type ArticleValues = z.infer<typeof articleSchema>
export type CaseStudyValues = z.infer<typeof caseStudySchema>

/** The API's field names whose 422 reasons go under the matching input. */
export const ARTICLE_FIELDS = ['title', 'excerpt', 'content', 'image_url'] as const
export const CASE_STUDY_FIELDS = ['title', 'summary', 'content', 'cover_image_url', 'before_image_url', 'after_image_url'] as const

const status = (isPublished: boolean) => (isPublished ? 'published' : 'draft')

export function articleValues(article: AdminArticle | null): ArticleValues {
  return {
    title: article?.title ?? '',
    excerpt: article?.excerpt ?? '',
    content: article?.content ?? '',
    image_url: article?.image_url ?? null,
    published: article?.status === 'published',
  }
}

export function articlePayload(values: ArticleValues): ArticlePayload {
  const { published: isPublished, ...fields } = values
  return { ...fields, status: status(isPublished) }
}

const picked = ({ id, name, image_url }: PickedProduct): PickedProduct => ({ id, name, image_url })

export function caseStudyValues(caseStudy: AdminCaseStudy | null): CaseStudyValues {
  return {
    title: caseStudy?.title ?? '',
    summary: caseStudy?.summary ?? '',
    content: caseStudy?.content ?? '',
    cover_image_url: caseStudy?.cover_image_url ?? null,
    before_image_url: caseStudy?.before_image_url ?? null,
    after_image_url: caseStudy?.after_image_url ?? null,
    products: (caseStudy?.products ?? []).map(picked),
    published: caseStudy?.status === 'published',
  }
}

export function caseStudyPayload(values: CaseStudyValues): CaseStudyPayload {
  const { published: isPublished, products, ...fields } = values
  return { ...fields, product_ids: products.map((product) => product.id), status: status(isPublished) }
}
