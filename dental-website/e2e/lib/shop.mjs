// Steps shared by the browser tests, written the way a person uses the site.
export const WHATSAPP_PAGES = 'https://wa.me/**'

/** The cart's localStorage key (src/features/cart/cart-store.ts). */
export const CART_STORAGE_KEY = 'dentaltech.cart.v1'

export function cartButton(page) {
  return page.getByRole('button', { name: /^Panier/ })
}

export async function cartCount(page) {
  return Number(await page.getByTestId('cart-count').textContent())
}

/** Adds a product from its page, `quantity` units. */
export async function addFromProductPage(page, slug, quantity = 1) {
  await page.goto(`/produits/${slug}`)
  const group = page.getByRole('group', { name: 'Quantité' })
  for (let unit = 1; unit < quantity; unit += 1) await group.getByRole('button', { name: 'Augmenter la quantité' }).click()
  await page.getByRole('button', { name: 'Ajouter au panier' }).click()
}

/**
 * Stops the browser at WhatsApp: the wa.me page is answered locally with the text it was given,
 * so the test reads what the customer would send. Resolves to that text.
 */
export async function interceptWhatsApp(context) {
  let resolveText
  const text = new Promise((resolve) => {
    resolveText = resolve
  })
  await context.route(WHATSAPP_PAGES, async (route) => {
    const message = new URL(route.request().url()).searchParams.get('text') ?? ''
    resolveText(message)
    const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    await route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><title>WhatsApp</title><pre>${escaped}</pre>` })
  })
  return text
}

/** Opens the cart, starts the WhatsApp checkout and confirms it, filling `fields` (label → value). */
export async function checkout(page, fields = {}) {
  await cartButton(page).click()
  await page.getByRole('button', { name: 'Commander via WhatsApp' }).click()
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value)
  await page.getByRole('button', { name: 'Confirmer et ouvrir WhatsApp' }).click()
}

export async function logIn(page, email, password) {
  await page.goto('/connexion')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Mot de passe').fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor()
}

export function expectText(actual, expected, label) {
  if (!String(actual).includes(expected)) throw new Error(`${label}: expected "${expected}" in "${actual}"`)
}

export function expectEqual(actual, expected, label) {
  if (actual !== expected) throw new Error(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
}
