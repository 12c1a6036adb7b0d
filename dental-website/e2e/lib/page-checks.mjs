// What every public page must pass: no horizontal scrolling, no serious or critical axe violation.
import AxeBuilder from '@axe-core/playwright'

export async function expectNoHorizontalScroll(page, label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  if (scrollWidth > innerWidth) {
    const culprits = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)}`),
    )
    throw new Error(`${label}: page is ${scrollWidth}px wide in a ${innerWidth}px window (${culprits.join(', ')})`)
  }
}

/** Let finite animations (a toast sliding in, a dialog fading) end: half-faded text fails contrast checks. */
async function settleAnimations(page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  )
}

export async function expectAccessible(page, label) {
  await settleAnimations(page)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const blocking = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact))
  if (blocking.length) {
    const details = blocking.map(
      (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`,
    )
    throw new Error(`${label}: axe found ${blocking.length} serious/critical violation(s):\n      ${details.join('\n      ')}`)
  }
  return results.violations
}

/** Waits until no skeleton or spinner is left, scrolls through the page so lazy images load, then back up. */
export async function settle(page) {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => !document.querySelector('[role="status"][aria-label^="Chargement"], .animate-pulse'), null, {
    timeout: 15_000,
  })
  await page.evaluate(async () => {
    const pause = (ms) => new Promise((done) => setTimeout(done, ms))
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await pause(60)
    }
    const pending = [...document.images].filter((image) => !image.complete)
    const loaded = Promise.all(
      pending.map((image) => new Promise((done) => {
        image.addEventListener('load', done, { once: true })
        image.addEventListener('error', done, { once: true })
      })),
    )
    await Promise.race([loaded, pause(5000)])
    window.scrollTo(0, 0)
    await pause(100)
  })
}

/**
 * The whole page as someone scrolling through it sees it. The viewport is made as tall as the page for the
 * shot: sections with `content-visibility: auto` (cards, lower sections, the footer) are only painted near
 * the viewport, so a plain full-page capture would show them blank.
 */
export async function fullPageScreenshot(page, path) {
  const viewport = page.viewportSize()
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) })
  try {
    await page.evaluate(() => window.scrollTo(0, 0))
    await page
      .waitForFunction(() => [...document.images].every((image) => image.complete), null, { timeout: 5_000 })
      .catch(() => undefined) // a photo still loading shows as its placeholder; the shot is still worth having
    await page.screenshot({ path })
  } finally {
    await page.setViewportSize(viewport)
  }
}
