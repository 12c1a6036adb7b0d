// A small test runner over playwright-core and Debian's chromium: named tests, run in order,
// a fresh browser context each, a screenshot of any failure, and the count of passes and failures.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'

import { chromium } from 'playwright-core'

import { fullPageScreenshot } from './page-checks.mjs'

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots')
export const FAILURES = resolve(import.meta.dirname, '../../test-results/failures')

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } }

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    headless: true,
  })
}

const tests = []

export function test(name, fn) {
  tests.push({ name, fn })
}

/** Runs every registered test; `only` (a substring) narrows them. Returns the number of failures. */
export async function runTests({ browser, server, only }) {
  const { baseUrl } = server
  mkdirSync(SCREENSHOTS, { recursive: true })
  mkdirSync(FAILURES, { recursive: true })
  let passed = 0
  let failed = 0
  for (const { name, fn } of tests.filter((item) => !only || item.name.includes(only))) {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORTS.desktop, locale: 'fr-FR' })
    context.setDefaultTimeout(15_000)
    const started = Date.now()
    const errors = []
    context.on('weberror', (error) => errors.push(error.error().message))
    try {
      await fn({ context, baseUrl, browser, server })
      if (errors.length) throw new Error(`uncaught errors in the page: ${errors.join(' | ')}`)
      passed += 1
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`)
    } catch (error) {
      failed += 1
      console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`)
      for (const [index, page] of context.pages().entries()) {
        const file = resolve(FAILURES, `${name.replace(/[^\w-]+/g, '-')}-${index}.png`)
        await fullPageScreenshot(page, file).catch(() => undefined)
      }
    } finally {
      await context.close()
    }
  }
  console.log(`\n${passed} passed, ${failed} failed`)
  return failed
}
