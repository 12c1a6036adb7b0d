// A visitor finds products, fills a cart that survives a reload, and orders through WhatsApp.
import { resolve } from 'node:path'

import { adminToken, apiJson, inStockProducts } from './lib/api.mjs'
import { SCREENSHOTS, test, VIEWPORTS } from './lib/harness.mjs'
import { expectAccessible, expectNoHorizontalScroll } from './lib/page-checks.mjs'
import { addFromProductPage, CART_STORAGE_KEY, cartButton, cartCount, checkout, expectEqual, expectText, interceptWhatsApp } from './lib/shop.mjs'

test('browse: home → a category → a product page', async ({ context }) => {
  const page = await context.newPage()
  await page.goto('/')
  const categories = page.getByRole('region', { name: 'Nos catégories' })
  const firstCategory = categories.getByRole('list').getByRole('link').first()
  const categoryName = (await firstCategory.locator('span.font-semibold').textContent()).trim()
  await firstCategory.click()
  await page.waitForURL(/\/produits\?category=/)
  await page.getByRole('heading', { level: 1, name: categoryName }).waitFor()
  const card = page.getByRole('list', { name: 'Produits' }).getByRole('article').first()
  const productName = (await card.getByRole('heading').textContent()).trim()
  await card.getByRole('link', { name: productName }).click()
  await page.getByRole('heading', { level: 1, name: productName }).waitFor()
})

test('search from the header: the query goes in the URL, accents and case do not matter', async ({ context, baseUrl }) => {
  const [product] = await inStockProducts(baseUrl, 1)
  const word = product.name.split(/\s+/).find((part) => part.length >= 5) ?? product.name
  const folded = word.normalize('NFD').replace(/\p{Diacritic}/gu, '').toUpperCase()
  const page = await context.newPage()
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Rechercher un produit' }).fill(folded)
  await page.getByRole('button', { name: 'Rechercher' }).click()
  await page.waitForURL((url) => url.pathname === '/produits' && url.searchParams.get('q') === folded)
  await page.getByRole('list', { name: 'Produits' }).getByRole('heading', { name: product.name }).waitFor()
})

test('add to cart from the catalogue; a reload keeps the cart', async ({ context }) => {
  const page = await context.newPage()
  await page.goto('/produits?in_stock=true')
  const cards = page.getByRole('list', { name: 'Produits' }).getByRole('article')
  const names = []
  for (const index of [0, 1]) {
    const card = cards.nth(index)
    names.push((await card.getByRole('heading').textContent()).trim())
    await card.getByRole('button', { name: 'Ajouter au panier' }).click()
    const cartCountIs = (count) => document.querySelector('[data-testid="cart-count"]')?.textContent === String(count)
    await page.waitForFunction(cartCountIs, index + 1)
  }
  // The cart is written to localStorage by an effect after the count is painted: reload once it is there.
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '[]').length === 2, CART_STORAGE_KEY)
  await page.reload()
  await cartButton(page).waitFor()
  expectEqual(await cartCount(page), 2, 'items in the cart after a reload')
  await cartButton(page).click()
  const lines = page.getByRole('list', { name: 'Articles du panier' }).getByRole('listitem')
  await lines.nth(1).waitFor()
  expectEqual(await lines.count(), 2, 'lines')
  for (const name of names) expectText(await page.getByRole('list', { name: 'Articles du panier' }).textContent(), name, 'cart')
})

test('guest WhatsApp checkout: lands in WhatsApp with a message naming the order', async ({ context, baseUrl }) => {
  const [first, second] = await inStockProducts(baseUrl, 2)
  const whatsapp = interceptWhatsApp(context)
  const page = await context.newPage()
  await addFromProductPage(page, first.slug, 2)
  await addFromProductPage(page, second.slug)
  await checkout(page, { 'Nom complet': 'Dr Youssef Berrada', 'Ville de livraison (facultatif)': 'Fès' })
  const message = await whatsapp
  await page.waitForURL(/^https:\/\/wa\.me\//)
  const reference = message.match(/DT-\d+/)?.[0]
  if (!reference) throw new Error(`no order reference in the WhatsApp message:\n${message}`)
  expectText(message, first.name, 'message')
  expectText(message, 'Dr Youssef Berrada', 'message')
  const token = await adminToken(baseUrl)
  const orders = await apiJson(baseUrl, `/api/admin/orders?q=${reference}`, { token })
  expectEqual(orders.items[0]?.status, 'En attente', `status of ${reference}`)
  await page.goto(baseUrl)
  expectEqual(await cartCount(page), 0, 'items in the cart after ordering')
})

test('a price changed since the cart was filled: 409, the cart explains and updates, then the order goes through', async ({ context, baseUrl }) => {
  const [, , product] = await inStockProducts(baseUrl, 3)
  const page = await context.newPage()
  await addFromProductPage(page, product.slug)
  const token = await adminToken(baseUrl)
  const newPrice = Math.round((product.price + 12.5) * 100) / 100
  await apiJson(baseUrl, `/api/admin/products/${product.id}`, { method: 'PATCH', token, body: { price: newPrice } })
  const whatsapp = interceptWhatsApp(context)
  await checkout(page, { 'Nom complet': 'Dr Salma Idrissi' })
  const alert = page.getByRole('alert').filter({ hasText: 'Votre panier a été mis à jour' })
  await alert.waitFor()
  expectText(await alert.textContent(), `Le prix de « ${product.name} » est passé de`, 'explanation')
  const expectedTotal = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'MAD' }).format(newPrice)
  expectEqual(await page.getByTestId('cart-total').textContent(), expectedTotal, 'total after the 409')
  await page.getByRole('button', { name: 'Commander via WhatsApp' }).click()
  await page.getByLabel('Nom complet', { exact: true }).fill('Dr Salma Idrissi')
  await page.getByRole('button', { name: 'Confirmer et ouvrir WhatsApp' }).click()
  expectText(await whatsapp, 'DT-', 'message after the retry')
})

test('stock sold out meanwhile: 409, the cart lowers the quantity and says so', async ({ context, baseUrl }) => {
  const [product] = (await inStockProducts(baseUrl, 6)).slice(-1)
  const page = await context.newPage()
  await addFromProductPage(page, product.slug, 3)
  const token = await adminToken(baseUrl)
  const current = await apiJson(baseUrl, `/api/products/${product.slug}`)
  await apiJson(baseUrl, `/api/admin/products/${product.id}/stock-adjustments`, {
    method: 'POST',
    token,
    body: { delta: 1 - current.stock_quantity, reason: 'Inventaire (test e2e)' },
  })
  await checkout(page, { 'Nom complet': 'Dr Omar Tazi' })
  const alert = page.getByRole('alert').filter({ hasText: 'Votre panier a été mis à jour' })
  await alert.waitFor()
  expectText(await alert.textContent(), '1 disponible seulement', 'explanation')
  const quantity = page.getByRole('group', { name: `Quantité de ${product.name}` }).getByRole('spinbutton')
  expectEqual(await quantity.inputValue(), '1', 'quantity after the 409')
})

for (const viewport of Object.values(VIEWPORTS)) {
  test(`cart sheet and checkout form at ${viewport.width} px: axe, no horizontal scroll, screenshots`, async ({ context, baseUrl }) => {
    const [first, second] = await inStockProducts(baseUrl, 2)
    const page = await context.newPage()
    await page.setViewportSize(viewport)
    await addFromProductPage(page, first.slug, 2)
    await addFromProductPage(page, second.slug)
    await cartButton(page).click()
    const sheet = page.getByRole('dialog', { name: 'Votre panier' })
    await sheet.getByRole('listitem').nth(1).waitFor()
    await page.waitForTimeout(400)
    await expectNoHorizontalScroll(page, `cart sheet at ${viewport.width}px`)
    await expectAccessible(page, `cart sheet at ${viewport.width}px`)
    await page.screenshot({ path: resolve(SCREENSHOTS, `cart-${viewport.width}.png`) })
    await sheet.getByRole('button', { name: 'Commander via WhatsApp' }).click()
    await page.getByLabel('Nom complet', { exact: true }).fill('Dr Amina Benali')
    await page.getByLabel('Ville de livraison (facultatif)').fill('Casablanca')
    await expectAccessible(page, `checkout form at ${viewport.width}px`)
    await page.screenshot({ path: resolve(SCREENSHOTS, `checkout-${viewport.width}.png`) })
  })
}
