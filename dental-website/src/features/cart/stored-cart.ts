import { CART_STORAGE_KEY, parseStoredCart } from './cart-store'
import { cartButtonLabel, cartCount } from './cart-totals'

/** The number of items in the cart kept in this browser (0 when it cannot be read). */
export function storedCartCount() {
  try {
    return cartCount(parseStoredCart(localStorage.getItem(CART_STORAGE_KEY)))
  } catch {
    return 0
  }
}

/** Shows `count` in the prerendered `Panier` button (the build renders it empty) until the app takes over. */
export function showStoredCartCount(count: number) {
  const badge = document.querySelector('[data-testid="cart-count"]')
  const button = badge?.closest('button')
  if (!badge || !button) return
  badge.textContent = String(count)
  button.setAttribute('aria-label', cartButtonLabel(count))
}

let askedBeforeStart = false
let stopListening: (() => void) | null = null

/**
 * Until the app has started, the prerendered `Panier` button has no handler: a click on it is remembered
 * here, so the cart opens once the app's button is there (see takeEarlyCartClick).
 */
export function rememberEarlyCartClicks() {
  const onClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('[data-cart-button]')) askedBeforeStart = true
  }
  document.addEventListener('click', onClick, true)
  stopListening = () => document.removeEventListener('click', onClick, true)
}

/** Whether `Panier` was clicked before the app started; stops listening (the app's button answers now). */
export function takeEarlyCartClick() {
  stopListening?.()
  stopListening = null
  const asked = askedBeforeStart
  askedBeforeStart = false
  return asked
}
