// Direct calls to the API, for test set-up and checks (what the browser does is driven through the page).
import { SEED } from './server.mjs'

export async function apiJson(baseUrl, path, { method = 'GET', body, token, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const data = text ? JSON.parse(text) : null
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`)
  return data
}

export async function adminToken(baseUrl) {
  const { access_token: token } = await apiJson(baseUrl, '/api/auth/login', {
    method: 'POST',
    body: { email: SEED.adminEmail, password: SEED.adminPassword },
  })
  return token
}

/** Public catalogue data the tests pick their products from. */
export async function inStockProducts(baseUrl, count = 3) {
  const page = await apiJson(baseUrl, `/api/products?in_stock=true&sort=name&per_page=50`)
  return page.items.filter((product) => product.stock_quantity >= 5).slice(0, count)
}

export async function firstSlug(baseUrl, path) {
  const page = await apiJson(baseUrl, `${path}?per_page=1`)
  if (!page.items.length) throw new Error(`${path} is empty: the seed should fill it`)
  return page.items[0].slug
}
