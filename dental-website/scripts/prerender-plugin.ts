import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

import { createServer, type Plugin } from 'vite'

/** The pages whose first paint must not wait for JavaScript, as served by nginx and the API (spa.py). */
export const PRERENDERED_PAGES = [
  { url: '/', pattern: '/', file: 'pages/accueil.html', route: 'src/app/routes/home.tsx' },
  { url: '/produits', pattern: '/produits', file: 'pages/catalogue.html', route: 'src/app/routes/products.tsx' },
  // Any product: the markup is the layout and the product's loading placeholder, the same for every slug.
  { url: '/produits/produit', pattern: '/produits/[^/]+', file: 'pages/produit.html', route: 'src/app/routes/product.tsx' },
]

type Chunk = { type: 'chunk'; fileName: string; imports: string[]; facadeModuleId: string | null }
type Bundle = Record<string, Chunk | { type: 'asset' }>

/** The chunk of `module` and every chunk it imports, as URLs. */
function chunkUrls(bundle: Bundle, module: string) {
  const files = new Set<string>()
  const visit = (fileName: string) => {
    const chunk = bundle[fileName]
    if (files.has(fileName) || chunk?.type !== 'chunk') return
    files.add(fileName)
    chunk.imports.forEach(visit)
  }
  const entry = Object.values(bundle).find((item): item is Chunk => item.type === 'chunk' && (item.facadeModuleId ?? '').endsWith(module))
  if (!entry) throw new Error(`no chunk for ${module}`)
  visit(entry.fileName)
  return [...files].map((file) => `/${file}`)
}

/**
 * The built index.html with the page's markup in #root. The app's and the page's chunks are not preloaded
 * there but listed in data-modules, fetched once the page is painted (main.tsx): they do not compete with the
 * CSS for the first paint.
 */
function pageHtml(template: string, page: { pattern: string; markup: string; modules: string[] }) {
  if (!template.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root">')
  const root = `<div id="root" data-prerendered="${page.pattern}" data-modules="${page.modules.join(' ')}">`
  return template
    .replace(/ *<link rel="modulepreload"[^>]*data-app[^>]*>\n/g, '')
    .replace('<div id="root"></div>', `${root}${page.markup}</div>`)
}

async function renderPages(root: string) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    resolve: { alias: { '@': join(root, 'src') } },
  })
  try {
    const { prerender } = await server.ssrLoadModule('/src/app/prerender.tsx')
    return await Promise.all(PRERENDERED_PAGES.map(async (page) => ({ ...page, markup: String(await prerender(page.url)) })))
  } finally {
    await server.close()
  }
}

/** Writes dist/pages/*.html: index.html with the first render of the storefront's main pages already in it. */
export function prerenderPages(): Plugin {
  let root = process.cwd()
  return {
    name: 'dental-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? join(root, 'dist')
      const template = await readFile(join(outDir, 'index.html'), 'utf8')
      for (const page of await renderPages(root)) {
        const target = join(outDir, page.file)
        await mkdir(dirname(target), { recursive: true })
        const modules = chunkUrls(bundle as unknown as Bundle, page.route).filter((url) => !template.includes(`${url}"`))
        await writeFile(target, pageHtml(template, { ...page, modules }))
      }
    },
  }
}
