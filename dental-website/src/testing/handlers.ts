import { http, HttpResponse } from 'msw'

import { article, caseStudy, categories, client, makeOrder, products, summary } from './data'

const page = <T,>(items: T[], perPage = 24) => ({ items, page: 1, per_page: perPage, total: items.length, pages: items.length ? 1 : 0 })

/** The API as API.md describes it, for unit tests (the e2e tests use the real one). */
export const handlers = [
  http.get('/api/config', () =>
    HttpResponse.json({ store_name: 'DentalTech Pro', currency: 'MAD', whatsapp_number: '+212600000000', low_stock_threshold: 10 }),
  ),
  http.get('/api/categories', () => HttpResponse.json(categories)),
  http.get('/api/products', ({ request }) => {
    const q = new URL(request.url).searchParams.get('q')?.toLowerCase()
    const found = products.filter((product) => !q || product.name.toLowerCase().includes(q))
    return HttpResponse.json(page(found.map(summary), 12))
  }),
  http.get('/api/products/:slug', ({ params }) => {
    const product = products.find((item) => item.slug === params.slug)
    return product ? HttpResponse.json(product) : HttpResponse.json({ message: 'Produit introuvable.' }, { status: 404 })
  }),
  http.get('/api/products/:slug/reviews', () =>
    HttpResponse.json(
      page([{ id: 1, rating: 5, comment: 'Excellent.', author_name: 'Dr Karim', verified_purchase: true, created_at: '2026-02-01T10:00:00Z' }], 10),
    ),
  ),
  http.get('/api/articles', () => HttpResponse.json(page([article]))),
  http.get('/api/articles/:slug', () => HttpResponse.json(article)),
  http.get('/api/case-studies', () => HttpResponse.json(page([caseStudy]))),
  http.get('/api/case-studies/:slug', () => HttpResponse.json(caseStudy)),
  http.get('/api/auth/me', () => HttpResponse.json(client)),
  http.get('/api/orders/mine', () => HttpResponse.json(page([makeOrder()], 10))),
  http.post('/api/auth/refresh', () => HttpResponse.json({ message: 'Authentification requise.' }, { status: 401 })),
  http.post('/api/auth/logout', () => HttpResponse.json({ message: 'Déconnecté.' })),
]
