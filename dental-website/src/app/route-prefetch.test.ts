import { http, HttpResponse } from 'msw'

import { getArticles } from '@/features/articles/api/get-articles'
import { getCaseStudies } from '@/features/case-studies/api/get-case-studies'
import { getCategories } from '@/features/catalog/api/get-categories'
import { getProduct } from '@/features/catalog/api/get-product'
import { getProducts } from '@/features/catalog/api/get-products'
import { FEATURED_QUERY } from '@/features/catalog/api/paths'
import { readFilters, toApiQuery } from '@/features/catalog/catalog-params'
import { getReviews } from '@/features/reviews/api/get-reviews'
import { apiErrorStatus } from '@/lib/api-error'
import { products } from '@/testing/data'
import { server } from '@/testing/setup'

import { HOME_LIST, prefetchData } from './route-prefetch'

/** Every API request the page makes, as "path?query". */
function recordRequests() {
  const requests: string[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    requests.push(`${url.pathname}${url.search}`)
  })
  return requests
}

afterEach(() => server.events.removeAllListeners())

it('requests the home page data before the app asks, and the app then uses those answers', async () => {
  const requests = recordRequests()
  prefetchData({ pathname: '/', search: '' })
  expect(requests).toHaveLength(4)

  const [categories, featured, articles, caseStudies] = await Promise.all([
    getCategories(),
    getProducts(FEATURED_QUERY),
    getArticles(HOME_LIST),
    getCaseStudies(HOME_LIST),
  ])
  expect(categories.length).toBeGreaterThan(0)
  expect(featured.items.length).toBeGreaterThan(0)
  expect(articles.items).toHaveLength(1)
  expect(caseStudies.items).toHaveLength(1)
  expect(requests).toHaveLength(4)
})

it('requests the catalogue with the filters of its address', async () => {
  const requests = recordRequests()
  const search = '?category=instruments&sort=price_asc&page=2'
  prefetchData({ pathname: '/produits', search })
  await getProducts(toApiQuery(readFilters(new URLSearchParams(search))))
  await getCategories()
  expect(requests.sort()).toEqual(['/api/categories', '/api/products?page=2&per_page=12&category=instruments&sort=price_asc'])
})

it('requests a product and its first reviews page, once', async () => {
  const requests = recordRequests()
  const { slug } = products[0]
  prefetchData({ pathname: `/produits/${slug}`, search: '' })
  expect((await getProduct(slug)).slug).toBe(slug)
  await getReviews(slug, 1)
  expect(requests.sort()).toEqual([`/api/products/${slug}`, `/api/products/${slug}/reviews?page=1&per_page=10`])
})

it('asks again through the app client when the early request failed, so the page sees the real error', async () => {
  server.use(http.get('/api/products/:slug', () => HttpResponse.json({ message: 'Produit introuvable.' }, { status: 404 })))
  prefetchData({ pathname: '/produits/disparu', search: '' })
  const error = await getProduct('disparu').catch((reason: unknown) => reason)
  expect(apiErrorStatus(error)).toBe(404)
})

it('leaves other pages to fetch their own data', () => {
  const requests = recordRequests()
  prefetchData({ pathname: '/articles', search: '' })
  prefetchData({ pathname: '/produits/%E0%A4%A', search: '' })
  expect(requests).toEqual([])
})

it("shows the product's photo in the prerendered placeholder as soon as its data is in", async () => {
  const { slug, image_url: imageUrl } = products[0]
  document.body.innerHTML = '<div data-early-photo class="animate-pulse"></div>'
  prefetchData({ pathname: `/produits/${slug}`, search: '' })
  const placeholder = document.querySelector<HTMLElement>('[data-early-photo]')!
  await vi.waitFor(() => expect(placeholder.style.backgroundImage).toContain(imageUrl))
  expect(placeholder).not.toHaveClass('animate-pulse')
  document.body.innerHTML = ''
  await getProduct(slug)
})
