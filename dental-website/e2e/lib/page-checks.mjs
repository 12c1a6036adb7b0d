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

export async function expectAccessible(page, label) {
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
