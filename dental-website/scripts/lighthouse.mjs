// Lighthouse medians of storefront pages (mobile preset, simulated throttling), printed as JSON.
//
//   node scripts/lighthouse.mjs --base https://localhost:8443 --runs 3 [--insecure] [--save DIR] [--strict] / /produits
//
// Lighthouse is not a dependency of the project (its tree is huge); install it once outside the repo:
//   mkdir -p /tmp/lh && cd /tmp/lh && npm init -y && npm i lighthouse@12.2.3
// and point LIGHTHOUSE_BIN at its CLI (default: /tmp/lh/node_modules/.bin/lighthouse, else `lighthouse` on
// PATH). CHROME_PATH defaults to Debian's /usr/bin/chromium. --insecure accepts a self-signed certificate
// (the loopback stack's); --save keeps every run's full report; --strict exits 1 when a page misses the budget.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The storefront's budget (issue 3): scores are 0–100, times in ms. */
export const BUDGET = { performance: 95, accessibility: 95, best_practices: 95, seo: 95, lcp_ms: 2000, tbt_ms: 200, cls: 0.05 }

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', best_practices: 'best-practices', seo: 'seo' }
const METRICS = {
  fcp_ms: 'first-contentful-paint',
  lcp_ms: 'largest-contentful-paint',
  tbt_ms: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si_ms: 'speed-index',
}

function parseArgs(argv) {
  const options = { base: null, runs: 3, insecure: false, save: null, strict: false, paths: [] }
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]
    if (arg === '--base') options.base = argv[++index]
    else if (arg === '--runs') options.runs = Number(argv[++index])
    else if (arg === '--save') options.save = argv[++index]
    else if (arg === '--insecure') options.insecure = true
    else if (arg === '--strict') options.strict = true
    else options.paths.push(arg)
  }
  if (!options.base || !options.paths.length || !(options.runs >= 1)) {
    throw new Error('usage: lighthouse.mjs --base URL [--runs N] [--insecure] [--save DIR] [--strict] PATH...')
  }
  return options
}

function lighthouseBin() {
  if (process.env.LIGHTHOUSE_BIN) return process.env.LIGHTHOUSE_BIN
  const local = '/tmp/lh/node_modules/.bin/lighthouse'
  return existsSync(local) ? local : 'lighthouse'
}

async function lighthouse(url, insecure) {
  const chromeFlags = ['--headless=new', '--no-sandbox', insecure && '--ignore-certificate-errors'].filter(Boolean)
  const args = [url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${chromeFlags.join(' ')}`]
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }
  const { stdout } = await run(lighthouseBin(), args, { env, maxBuffer: 256 * 1024 * 1024 }).catch((error) => {
    throw new Error(`lighthouse ${url}: ${String(error.stderr || error.message).trim().slice(0, 500)}`)
  })
  return JSON.parse(stdout)
}

// Lighthouse sometimes loses a trace on a busy machine (NO_NAVSTART, NO_FCP...): such a run is made again.
const ATTEMPTS = 3

async function lighthouseWithRetries(url, insecure) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lighthouse(url, insecure)
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error
      console.error(`${error.message} (attempt ${attempt} of ${ATTEMPTS})`)
    }
  }
}

function summarize(report) {
  const summary = {}
  for (const [name, id] of Object.entries(CATEGORIES)) summary[name] = Math.round(report.categories[id].score * 100)
  for (const [name, id] of Object.entries(METRICS)) {
    const value = report.audits[id].numericValue
    summary[name] = name === 'cls' ? Number(value.toFixed(3)) : Math.round(value)
  }
  summary.lcp_element = report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null
  return summary
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function medians(runs) {
  const result = {}
  for (const name of [...Object.keys(CATEGORIES), ...Object.keys(METRICS)]) result[name] = median(runs.map((item) => item[name]))
  return result
}

function misses(result) {
  const higherIsBetter = ['performance', 'accessibility', 'best_practices', 'seo']
  return Object.entries(BUDGET)
    .filter(([name, limit]) => (higherIsBetter.includes(name) ? result[name] < limit : result[name] > limit))
    .map(([name, limit]) => `${name} ${result[name]} (budget ${limit})`)
}

async function measurePage(options, path) {
  const runs = []
  for (let index = 0; index < options.runs; index += 1) {
    const report = await lighthouseWithRetries(new URL(path, options.base).href, options.insecure)
    if (options.save) writeFileSync(join(options.save, `${path.replace(/\W+/g, '_')}-${index + 1}.json`), JSON.stringify(report))
    runs.push(summarize(report))
  }
  const result = medians(runs)
  return { ...result, lcp_element: runs.at(-1).lcp_element, misses: misses(result), runs }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.save) mkdirSync(options.save, { recursive: true })
  const pages = {}
  for (const path of options.paths) pages[path] = await measurePage(options, path)
  const withinBudget = Object.values(pages).every((page) => page.misses.length === 0)
  console.log(JSON.stringify({ base: options.base, runs: options.runs, budget: BUDGET, within_budget: withinBudget, pages }, null, 2))
  if (options.strict && !withinBudget) process.exit(1)
}

await main()
