// Accounts: register, log in, stay logged in across reloads and tabs, order history, reviews,
// password reset from an admin's link, and the admin area's guard.
import { resolve } from 'node:path'

import { adminToken, apiJson, inStockProducts } from './lib/api.mjs'
import { SCREENSHOTS, test, VIEWPORTS } from './lib/harness.mjs'
import { expectAccessible, expectNoHorizontalScroll, fullPageScreenshot, settle } from './lib/page-checks.mjs'
import { SEED } from './lib/server.mjs'
import { addFromProductPage, checkout, expectEqual, expectText, interceptWhatsApp, logIn } from './lib/shop.mjs'

let people = 0
function newPerson() {
  people += 1
  const id = `${Date.now().toString(36)}${people}`
  return { name: `Dr Test ${id}`, email: `e2e-${id}@example.com`, password: `Cabinet-${id}-2026` }
}

async function register(page, person) {
  await page.goto('/inscription')
  await page.getByLabel('Nom complet').fill(person.name)
  await page.getByLabel('Email').fill(person.email)
  await page.getByLabel('Mot de passe').fill(person.password)
  await page.getByRole('button', { name: 'Créer un compte' }).click()
  await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor()
}

const accountHeading = (page) => page.getByRole('heading', { level: 1, name: 'Mon compte' })

test('register, then reload: still logged in (session restored from the refresh cookie)', async ({ context }) => {
  const person = newPerson()
  const page = await context.newPage()
  await register(page, person)
  await page.getByText(`Bonjour ${person.name}`).waitFor()
  await page.reload()
  await accountHeading(page).waitFor()
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
  if (/eyJ/.test(storage)) throw new Error('a JWT was written to web storage')
})

test('log in, then two tabs reload at the same moment: both stay logged in, and so does the next load', async ({ context }) => {
  const first = await context.newPage()
  await logIn(first, SEED.clientEmail, SEED.clientPassword)
  const second = await context.newPage()
  await second.goto('/compte')
  await accountHeading(second).waitFor()
  // A slow refresh route makes both tabs' refreshes overlap: without the cross-tab lock the second
  // one would present the refresh token the first has just rotated, and the whole login would end.
  await context.route('**/api/auth/refresh', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400))
    await route.continue()
  })
  for (let round = 0; round < 3; round += 1) {
    await Promise.all([first.reload(), second.reload()])
    await Promise.all([accountHeading(first).waitFor(), accountHeading(second).waitFor()])
  }
  const third = await context.newPage()
  await third.goto('/compte')
  await accountHeading(third).waitFor()
  if (third.url().includes('/connexion')) throw new Error('logged out after concurrent refreshes')
})

test('an order placed while logged in is listed in /compte with its status', async ({ context, baseUrl }) => {
  const person = newPerson()
  const [product] = await inStockProducts(baseUrl, 1)
  const whatsapp = interceptWhatsApp(context)
  const page = await context.newPage()
  await register(page, person)
  await addFromProductPage(page, product.slug)
  await checkout(page, { 'Ville de livraison (facultatif)': 'Tanger' })
  const reference = (await whatsapp).match(/DT-\d+/)?.[0]
  if (!reference) throw new Error('no reference in the WhatsApp message')
  await page.waitForURL(/^https:\/\/wa\.me\//)
  await page.goto(`${baseUrl}/compte`)
  const order = page.getByRole('list', { name: 'Mes commandes' }).getByRole('listitem').filter({ hasText: `Commande ${reference}` })
  await order.waitFor()
  expectText(await order.textContent(), 'En attente', 'order status')
  expectText(await order.textContent(), product.name, 'order lines')
})

test('a logged-in client leaves a review on a product', async ({ context, baseUrl }) => {
  const person = newPerson()
  const [product] = await inStockProducts(baseUrl, 1)
  const page = await context.newPage()
  await register(page, person)
  await page.goto(`/produits/${product.slug}`)
  await page.getByRole('radio', { name: '4 étoiles' }).check({ force: true })
  const comment = `Très bonne tenue en clinique (${person.email}).`
  await page.getByLabel('Votre commentaire').fill(comment)
  await page.getByRole('button', { name: 'Publier mon avis' }).click()
  const review = page.getByRole('list', { name: 'Avis des clients' }).getByRole('listitem').filter({ hasText: comment })
  await review.waitFor()
  await review.getByRole('img', { name: 'Note : 4 sur 5' }).waitFor()
  expectText(await review.textContent(), person.name, 'review author')
})

test('reset a password from the link an admin sends, then log in with it', async ({ context, baseUrl }) => {
  const person = newPerson()
  const { user } = await apiJson(baseUrl, '/api/auth/register', {
    method: 'POST',
    body: { email: person.email, password: person.password, full_name: person.name },
  })
  const token = await adminToken(baseUrl)
  const { url } = await apiJson(baseUrl, `/api/admin/users/${user.id}/reset-link`, { method: 'POST', token })
  const link = new URL(url)
  expectEqual(link.pathname, '/reinitialiser', 'reset link path')
  const page = await context.newPage()
  await page.goto(`${link.pathname}${link.search}`)
  const newPassword = `${person.password}-neuf`
  await page.getByLabel('Nouveau mot de passe').fill(newPassword)
  await page.getByLabel('Confirmer le mot de passe').fill(newPassword)
  await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click()
  await page.waitForURL(/\/connexion$/)
  await logIn(page, person.email, newPassword)
})

test('log out from the account menu; a reload stays logged out', async ({ context }) => {
  const page = await context.newPage()
  await logIn(page, SEED.clientEmail, SEED.clientPassword)
  await page.getByRole('button', { name: /^Mon compte/ }).click()
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click()
  await page.getByRole('link', { name: 'Se connecter' }).waitFor()
  await page.reload()
  await page.getByRole('link', { name: 'Se connecter' }).waitFor()
})

test('/admin: anonymous visitors go to /connexion, clients are sent away, admins get in', async ({ context }) => {
  const page = await context.newPage()
  await page.goto('/admin')
  await page.waitForURL(/\/connexion\?next=%2Fadmin$/)
  await page.getByLabel('Email').fill(SEED.clientEmail)
  await page.getByLabel('Mot de passe').fill(SEED.clientPassword)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL((url) => url.pathname === '/')
  await page.getByText('Cet espace est réservé aux administrateurs.').waitFor()
  await context.clearCookies()
  const admin = await context.browser().newContext({ baseURL: new URL(page.url()).origin })
  try {
    const adminPage = await admin.newPage()
    await adminPage.goto('/connexion?next=%2Fadmin')
    await adminPage.getByLabel('Email').fill(SEED.adminEmail)
    await adminPage.getByLabel('Mot de passe').fill(SEED.adminPassword)
    await adminPage.getByRole('button', { name: 'Se connecter' }).click()
    await adminPage.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor()
  } finally {
    await admin.close()
  }
})

test('the account page at 1280 px and 390 px: axe, no horizontal scroll, screenshots', async ({ context }) => {
  const page = await context.newPage()
  await logIn(page, SEED.clientEmail, SEED.clientPassword)
  for (const viewport of Object.values(VIEWPORTS)) {
    await page.setViewportSize(viewport)
    await page.reload()
    await accountHeading(page).waitFor()
    await settle(page)
    await expectNoHorizontalScroll(page, `/compte at ${viewport.width}px`)
    await expectAccessible(page, `/compte at ${viewport.width}px`)
    await fullPageScreenshot(page, resolve(SCREENSHOTS, `account-${viewport.width}.png`))
  }
})
