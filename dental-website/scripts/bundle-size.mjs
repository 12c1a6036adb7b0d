// Initial JavaScript of the storefront: the entry script and the chunks index.html preloads, gzipped.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 150
const dist = new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)]
  .map((match) => match[1])
const unique = [...new Set(scripts)]
let total = 0
for (const file of unique) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
  total += size
  console.log(`${(size / 1024).toFixed(1).padStart(7)} kB gz  ${file}`)
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} kB gz  initial JavaScript (budget ${BUDGET_KB} kB)`)
if (total / 1024 > BUDGET_KB) {
  console.error('Initial JavaScript is over budget.')
  process.exit(1)
}
