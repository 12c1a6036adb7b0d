// The back office's articles and case studies: write with a live Markdown preview, upload a cover and
// before/after photos, link a product, publish and unpublish (what the public pages show), delete
// with confirmation; axe on the admin pages and screenshots at 1280 px.
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'

import { adminToken, apiJson, inStockProducts } from './lib/api.mjs'
import { SCREENSHOTS, test, VIEWPORTS } from './lib/harness.mjs'
import { expectAccessible, fullPageScreenshot, settle } from './lib/page-checks.mjs'
import { SEED } from './lib/server.mjs'
import { expectEqual, expectText } from './lib/shop.mjs'

const MARKDOWN = [
  '## Protocole au fauteuil',
  '',
  'Un rinçage **soigneux** avant la pose.',
  '',
  '- isoler la dent',
  '- mordancer 15 secondes',
  '',
  '<script>window.__injected = true</script>',
].join('\n')

async function logInAdmin(page, next) {
  await page.goto(`/connexion?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email').fill(SEED.adminEmail)
  await page.getByLabel('Mot de passe').fill(SEED.adminPassword)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL((url) => url.pathname === next)
}

async function screenshot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: resolve(SCREENSHOTS, `admin-${name}-1280.png`), fullPage })
}

/** A real product photo of the seed, saved to a file the upload inputs can be given. */
async function sampleImage(baseUrl, name) {
  const [product] = await inStockProducts(baseUrl, 1)
  const response = await fetch(`${baseUrl}${product.image_url}`)
  const file = resolve(tmpdir(), `e2e-${name}-${Date.now()}.webp`)
  writeFileSync(file, Buffer.from(await response.arrayBuffer()))
  return file
}

async function uploadInto(dialog, label, file) {
  const group = dialog.getByRole('group', { name: label })
  await group.locator('input[type=file]').setInputFiles(file)
  await group.getByRole('img', { name: `${label} (aperçu)` }).waitFor()
}

/**
 * A page of an anonymous visitor, in a browser context of its own: what the public sees, and no
 * page loads sharing (and rotating) the admin's refresh cookie while the admin works.
 */
async function visitorPage(browser, baseUrl) {
  const visitor = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORTS.desktop, locale: 'fr-FR' })
  return visitor.newPage()
}

async function publicStatus(baseUrl, path) {
  return (await fetch(`${baseUrl}${path}`)).status
}

async function deleteWithConfirmation(page, title, done) {
  await page.getByRole('button', { name: `Supprimer « ${title} »` }).click()
  const confirm = page.getByRole('alertdialog')
  await confirm.getByText('cette action est définitive').waitFor()
  await confirm.getByRole('button', { name: 'Supprimer' }).click()
  await page.getByText(done).waitFor()
  await page.getByRole('row').filter({ hasText: title }).waitFor({ state: 'detached' })
}

test('admin articles: write one with a cover, publish it on /articles, unpublish it, delete it', async ({ context, baseUrl, browser }) => {
  const token = await adminToken(baseUrl)
  const title = `Article e2e ${Date.now().toString(36)}`
  const page = await context.newPage()
  await logInAdmin(page, '/admin/articles')
  await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor()
  await page.getByRole('row').nth(1).waitFor()
  await settle(page)
  await expectAccessible(page, 'admin articles')
  await screenshot(page, 'articles')

  await page.getByRole('button', { name: 'Nouvel article' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await dialog.getByText('Le titre est obligatoire.').waitFor()
  await dialog.getByLabel('Titre').fill(title)
  await dialog.getByLabel('Chapô').fill('Un article écrit par le test de bout en bout.')
  await dialog.getByLabel('Contenu (Markdown)').fill(MARKDOWN)
  const preview = dialog.getByRole('region', { name: 'Aperçu' })
  await preview.getByRole('heading', { level: 2, name: 'Protocole au fauteuil' }).waitFor()
  expectEqual(await preview.locator('strong').textContent(), 'soigneux', 'bold text in the preview')
  expectEqual(await preview.locator('script').count(), 0, 'raw HTML in the preview')
  await uploadInto(dialog, 'Image de couverture', await sampleImage(baseUrl, 'cover'))
  await expectAccessible(page, 'article editor')
  await screenshot(page, 'article-editor', { fullPage: false })
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await page.getByText(`Article « ${title} » créé (brouillon).`).waitFor()
  await dialog.waitFor({ state: 'detached' })
  const row = page.getByRole('row').filter({ hasText: title })
  await row.getByText('Brouillon').waitFor()

  const [created] = (await apiJson(baseUrl, `/api/admin/articles?q=${encodeURIComponent(title)}`, { token })).items
  expectText(created.image_url, '/static/uploads/articles/', 'cover image stored')
  expectEqual(await publicStatus(baseUrl, `/api/articles/${created.slug}`), 404, 'a draft is not public')

  await row.getByRole('button', { name: `Publier « ${title} »` }).click()
  await page.getByText(`« ${title} » est publié sur le site.`).waitFor()
  await row.getByText('Publié', { exact: true }).waitFor()

  const shop = await visitorPage(browser, baseUrl)
  await shop.goto('/articles')
  await shop.getByRole('link', { name: title }).first().waitFor()
  await shop.goto(`/articles/${created.slug}`)
  await shop.getByRole('heading', { level: 1, name: title }).waitFor()
  await shop.getByRole('heading', { level: 2, name: 'Protocole au fauteuil' }).waitFor()
  expectEqual(await shop.locator('.prose-content strong').textContent(), 'soigneux', 'bold text on the article page')
  expectEqual(await shop.locator('.prose-content li').count(), 2, 'list items on the article page')
  expectEqual(await shop.evaluate(() => window.__injected ?? null), null, 'raw HTML not run on the article page')
  expectText(await shop.locator('article img').first().getAttribute('src'), '/static/uploads/articles/', 'cover on the article page')

  await row.getByRole('button', { name: `Dépublier « ${title} »` }).click()
  await page.getByText(`« ${title} » est retiré du site (brouillon).`).waitFor()
  await row.getByText('Brouillon').waitFor()
  await shop.goto('/articles')
  await settle(shop)
  expectEqual(await shop.getByRole('link', { name: title }).count(), 0, 'unpublished article on /articles')
  await shop.goto(`/articles/${created.slug}`)
  await shop.getByRole('heading', { level: 1, name: 'Article introuvable' }).waitFor()
  await shop.context().close()

  await deleteWithConfirmation(page, title, `Article « ${title} » supprimé.`)
  expectEqual((await apiJson(baseUrl, `/api/admin/articles?q=${encodeURIComponent(title)}`, { token })).total, 0, 'deleted article')
})

test('admin case studies: before/after photos and a linked product, published on its page, then deleted', async ({ context, baseUrl, browser }) => {
  const token = await adminToken(baseUrl)
  const [product] = await inStockProducts(baseUrl, 1)
  const title = `Cas e2e ${Date.now().toString(36)}`
  const page = await context.newPage()
  await logInAdmin(page, '/admin/cas-cliniques')
  await page.getByRole('heading', { level: 1, name: 'Cas cliniques' }).waitFor()
  await page.getByRole('row').nth(1).waitFor()
  await settle(page)
  await expectAccessible(page, 'admin case studies')
  await screenshot(page, 'case-studies')

  await page.getByRole('button', { name: 'Nouveau cas clinique' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Titre').fill(title)
  await dialog.getByLabel('Résumé').fill('Une restauration suivie pas à pas par le test de bout en bout.')
  await dialog.getByLabel('Contenu (Markdown)').fill(MARKDOWN)
  await uploadInto(dialog, 'Photo avant', await sampleImage(baseUrl, 'before'))
  await uploadInto(dialog, 'Photo après', await sampleImage(baseUrl, 'after'))
  await dialog.getByLabel('Ajouter un produit').fill(product.name)
  await dialog.getByRole('button', { name: `Ajouter : ${product.name}` }).click()
  await dialog.getByRole('list', { name: 'Produits liés' }).getByText(product.name).waitFor()
  await dialog.getByRole('switch', { name: 'Publié (visible sur le site)' }).click()
  await expectAccessible(page, 'case study editor')
  await screenshot(page, 'case-study-editor', { fullPage: false })
  await dialog.getByRole('button', { name: 'Enregistrer' }).click()
  await page.getByText(`Cas clinique « ${title} » créé et publié.`).waitFor()
  await dialog.waitFor({ state: 'detached' })
  await page.getByRole('row').filter({ hasText: title }).getByText('Publié', { exact: true }).waitFor()

  const [created] = (await apiJson(baseUrl, `/api/admin/case-studies?q=${encodeURIComponent(title)}`, { token })).items
  const shop = await visitorPage(browser, baseUrl)
  await shop.goto(`/cas-cliniques/${created.slug}`)
  await shop.getByRole('heading', { level: 1, name: title }).waitFor()
  await shop.getByRole('heading', { level: 2, name: 'Avant / après' }).waitFor()
  await shop.getByRole('img', { name: `${title} — avant le traitement` }).waitFor()
  await shop.getByRole('img', { name: `${title} — après le traitement` }).waitFor()
  await shop.getByRole('heading', { level: 2, name: 'Protocole au fauteuil' }).waitFor()
  const used = shop.getByRole('region', { name: 'Produits utilisés' })
  await used.getByText(product.name).first().waitFor()
  await settle(shop)
  await fullPageScreenshot(shop, resolve(SCREENSHOTS, 'case-study-from-admin-1280.png'))
  await shop.context().close()

  await page.getByRole('button', { name: `Modifier « ${title} »` }).click()
  await dialog.getByRole('list', { name: 'Produits liés' }).getByText(product.name).waitFor()
  expectEqual(await dialog.getByLabel('Titre').inputValue(), title, 'title loaded in the editor')
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })

  await deleteWithConfirmation(page, title, `Cas clinique « ${title} » supprimé.`)
  expectEqual(await publicStatus(baseUrl, `/api/case-studies/${created.slug}`), 404, 'deleted case study')
})
