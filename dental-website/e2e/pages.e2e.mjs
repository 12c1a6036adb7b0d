// Every public page at 1280 px and 390 px: it renders, has no horizontal scroll, passes axe, and is
// saved as a screenshot in test-results/screenshots/ for people to look at. The storefront loads no
// back-office code.
import { resolve } from 'node:path'

import { firstSlug } from './lib/api.mjs'
import { SCREENSHOTS, test, VIEWPORTS } from './lib/harness.mjs'
import { expectAccessible, expectNoHorizontalScroll, fullPageScreenshot, settle } from './lib/page-checks.mjs'
import { cartButton } from './lib/shop.mjs'

async function publicPages(baseUrl) {
  const [product, article, caseStudy] = await Promise.all([
    firstSlug(baseUrl, '/api/products'),
    firstSlug(baseUrl, '/api/articles'),
    firstSlug(baseUrl, '/api/case-studies'),
  ])
  return [
    { name: 'home', path: '/', heading: /commandées en un message/ },
    { name: 'catalogue', path: '/produits', heading: 'Catalogue' },
    { name: 'catalogue-search', path: '/produits?q=gants', heading: /Résultats pour/ },
    { name: 'catalogue-empty', path: '/produits?q=zzzzzz', heading: 'Résultats pour « zzzzzz »' },
    { name: 'product', path: `/produits/${product}`, heading: null },
    { name: 'articles', path: '/articles', heading: 'Articles' },
    { name: 'article', path: `/articles/${article}`, heading: null },
    { name: 'case-studies', path: '/cas-cliniques', heading: 'Cas cliniques' },
    { name: 'case-study', path: `/cas-cliniques/${caseStudy}`, heading: null },
    { name: 'login', path: '/connexion', heading: 'Se connecter' },
    { name: 'register', path: '/inscription', heading: 'Créer un compte' },
    { name: 'reset-password', path: '/reinitialiser?token=exemple', heading: 'Nouveau mot de passe' },
    { name: 'not-found', path: '/cette-page-n-existe-pas', heading: 'Page introuvable' },
  ]
}

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test(`public pages at ${viewport.width} px: render, no horizontal scroll, axe, screenshots`, async ({ context, baseUrl }) => {
    const page = await context.newPage()
    await page.setViewportSize(viewport)
    for (const { name, path, heading } of await publicPages(baseUrl)) {
      await page.goto(path)
      const h1 = page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) })
      await h1.first().waitFor()
      await settle(page)
      const title = await page.title()
      const description = await page.locator('meta[name="description"]').getAttribute('content')
      if (!title || !description) throw new Error(`${path}: missing title or meta description`)
      await expectNoHorizontalScroll(page, `${path} at ${viewport.width}px`)
      await expectAccessible(page, `${path} at ${viewport.width}px`)
      await fullPageScreenshot(page, resolve(SCREENSHOTS, `${name}-${viewport.width}.png`))
    }
    void size
  })
}

test('the product page carries Product JSON-LD and a title of its own', async ({ context, baseUrl }) => {
  const slug = await firstSlug(baseUrl, '/api/products')
  const page = await context.newPage()
  await page.goto(`/produits/${slug}`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent())
  if (jsonLd['@type'] !== 'Product' || !jsonLd.offers?.priceCurrency) throw new Error(`bad JSON-LD: ${JSON.stringify(jsonLd)}`)
  const name = await page.getByRole('heading', { level: 1 }).textContent()
  if (!(await page.title()).startsWith(name)) throw new Error(`title "${await page.title()}" does not name the product`)
})

/** What reveals back-office code: its API paths and its live stock stream. */
const ADMIN_MARKERS = ['/api/admin', 'stock_alerts']

test('the storefront never downloads admin code: home, catalogue, a product and the cart', async ({ context }) => {
  const scripts = []
  const page = await context.newPage()
  page.on('response', (response) => {
    if (/javascript/.test(response.headers()['content-type'] ?? '')) scripts.push(response)
  })
  await page.goto('/')
  await page.getByRole('heading', { level: 1 }).waitFor()
  await settle(page)
  await page.getByRole('link', { name: 'Catalogue', exact: true }).first().click()
  await page.getByRole('heading', { level: 1, name: 'Catalogue' }).waitFor()
  await settle(page)
  const card = page.getByRole('list', { name: 'Produits' }).getByRole('article').first()
  const productName = (await card.getByRole('heading').textContent()).trim()
  await card.getByRole('link', { name: productName }).click()
  await page.getByRole('heading', { level: 1, name: productName }).waitFor()
  await settle(page)
  await cartButton(page).click()
  await page.getByRole('dialog', { name: 'Votre panier' }).waitFor()
  await page.waitForLoadState('networkidle')

  const bodies = await Promise.all(scripts.map(async (response) => ({ url: response.url(), body: await response.text() })))
  if (!bodies.some(({ body }) => body.includes('Votre panier'))) throw new Error(`the cart's code is not among the ${bodies.length} scripts seen`)
  const admin = bodies.filter(({ body }) => ADMIN_MARKERS.some((marker) => body.includes(marker)))
  if (admin.length) throw new Error(`the storefront loaded admin code: ${admin.map(({ url }) => new URL(url).pathname).join(', ')}`)
})
