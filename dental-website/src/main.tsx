// No web font: the system's sans-serif paints at once, with no font download or swap (index.css --font-sans).
import './index.css'

import { prefetchData } from './app/route-prefetch'
import { nextTask } from './lib/next-task'
import { rememberEarlyCartClicks, showStoredCartCount, storedCartCount } from './features/cart/stored-cart'

const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')

/** The next frame has been painted (or `limit` ms have passed, e.g. in a hidden tab). */
function afterPaint(limit = 200) {
  return new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0))
    setTimeout(resolve, limit)
  })
}

/**
 * A prerendered page, and what it shows early (a product's photo), is painted before the app's code is
 * fetched: the main content is not slowed down by 140 kB of JavaScript. A slow API delays the app 1 s at most.
 */
async function afterPrerenderedContent(earlyContent: Promise<void>) {
  await afterPaint()
  await Promise.race([earlyContent, new Promise((resolve) => setTimeout(resolve, 1000))])
  await afterPaint()
}

/**
 * The page's own chunks, listed by the build in data-modules: fetched now, evaluated when the router needs
 * them. A page has about twenty; each link costs the main thread up to a millisecond, so four per task.
 */
async function preloadPageModules(root: HTMLElement) {
  const hrefs = root.dataset.modules?.split(' ').filter(Boolean) ?? []
  for (let start = 0; start < hrefs.length; start += 4) {
    if (start > 0) await nextTask()
    for (const href of hrefs.slice(start, start + 4)) {
      const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href, crossOrigin: '' })
      document.head.append(link)
    }
  }
}

// `Panier` in the prerendered page works before the app does: the click is kept until it starts.
rememberEarlyCartClicks()
// The page's data is requested first, in parallel with the app's code.
const earlyContent = prefetchData(window.location)
// Reading localStorage the first time costs the browser up to 20 ms: a task of its own.
await nextTask()
// The build's markup has an empty cart: with items in it, the page shows their count and is rendered afresh.
const itemsInCart = storedCartCount()
if (itemsInCart > 0 && container.dataset.prerendered) {
  showStoredCartCount(itemsInCart)
  delete container.dataset.prerendered
}
if (container.hasChildNodes()) await afterPrerenderedContent(earlyContent)
await preloadPageModules(container)
// React's code is evaluated in a task of its own, before the app's, so neither blocks the page for long.
await nextTask()
await import('react-dom/client')
await nextTask()
const { start } = await import('./app/start')
await start(container)
