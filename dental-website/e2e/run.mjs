// `npm run e2e`: builds the site, starts the API on a fresh seeded database serving that build,
// then drives Debian's chromium through the tests. Exits non-zero when any test fails.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

import { launchBrowser, runTests } from './lib/harness.mjs'
import { startServer } from './lib/server.mjs'

const WEBSITE = resolve(import.meta.dirname, '..')
const dist = resolve(WEBSITE, 'dist')

if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(resolve(dist, 'index.html'))) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: WEBSITE, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

await import('./pages.e2e.mjs')
await import('./shopping.e2e.mjs')
await import('./account.e2e.mjs')
await import('./admin.e2e.mjs')
await import('./admin-content.e2e.mjs')

const server = await startServer({ dist })
let failures = 1
let browser
try {
  browser = await launchBrowser()
  console.log(`Browser tests against ${server.baseUrl}`)
  failures = await runTests({ browser, server, only: process.argv[2] })
} catch (error) {
  console.error(error)
} finally {
  await browser?.close()
  if (failures && process.env.E2E_SERVER_LOG === '1') console.log(server.log.join(''))
  await server.stop()
}
process.exit(failures ? 1 : 0)
