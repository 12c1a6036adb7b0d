import { describe, expect, it } from 'vitest'

import { articlePayload, articleSchema, articleValues, caseStudyPayload, caseStudySchema, caseStudyValues } from './content-schema'

function messages(schema: typeof articleSchema | typeof caseStudySchema, values: object) {
  const result = schema.safeParse(values)
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]))
}

const article = { ...articleValues(null), title: 'Bien choisir ses gants', content: '## Nitrile' }
const caseStudy = { ...caseStudyValues(null), title: 'Facette en composite', summary: 'Une incisive fracturée.', content: 'Protocole.' }

describe('article editor validation', () => {
  it('asks for a title and a text, blanks do not count', () => {
    expect(messages(articleSchema, { ...article, title: '   ', content: '\n ' })).toEqual({
      title: 'Le titre est obligatoire.',
      content: 'Le contenu est obligatoire.',
    })
  })

  it('keeps to the API bounds: 200-character title, 500-character excerpt', () => {
    expect(messages(articleSchema, { ...article, title: 'x'.repeat(201), excerpt: 'x'.repeat(501) })).toEqual({
      title: '200 caractères au plus.',
      excerpt: '500 caractères au plus.',
    })
  })

  it('sends the status the switch says, with the cover image', () => {
    const payload = articlePayload({ ...article, published: true, image_url: '/static/uploads/articles/a.webp' })
    expect(payload).toEqual({ title: 'Bien choisir ses gants', excerpt: '', content: '## Nitrile', image_url: '/static/uploads/articles/a.webp', status: 'published' })
    expect(articlePayload(article).status).toBe('draft')
  })
})

describe('case study editor validation', () => {
  it('asks for a title, a summary and a text', () => {
    expect(messages(caseStudySchema, { ...caseStudy, title: '', summary: ' ', content: '' })).toEqual({
      title: 'Le titre est obligatoire.',
      summary: 'Le résumé est obligatoire.',
      content: 'Le contenu est obligatoire.',
    })
  })

  it('sends the linked products as ids and the before/after photos', () => {
    const payload = caseStudyPayload({
      ...caseStudy,
      before_image_url: '/static/uploads/case-studies/b.webp',
      after_image_url: '/static/uploads/case-studies/a.webp',
      products: [{ id: 4, name: 'Composite A2', image_url: null }],
    })
    expect(payload).toMatchObject({ product_ids: [4], before_image_url: '/static/uploads/case-studies/b.webp', after_image_url: '/static/uploads/case-studies/a.webp', status: 'draft' })
    expect(payload).not.toHaveProperty('products')
  })
})
