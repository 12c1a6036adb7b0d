import type { Plugin } from 'vite'

type Chunk = { type: 'chunk'; fileName: string; imports: string[]; facadeModuleId: string | null }
type Bundle = Record<string, Chunk | { type: 'asset' }>

function staticImports(bundle: Bundle, fileName: string, seen = new Set<string>()) {
  const chunk = bundle[fileName]
  if (seen.has(fileName) || chunk?.type !== 'chunk') return seen
  seen.add(fileName)
  for (const imported of chunk.imports) staticImports(bundle, imported, seen)
  return seen
}

/**
 * The entry script is tiny and imports the app (`modules`) dynamically, after starting the page's own requests;
 * this adds `<link rel="modulepreload">` for the app's chunks so the browser fetches them with the entry.
 */
export function preloadDynamicApp(modules: string[]): Plugin {
  return {
    name: 'dental-preload-dynamic-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle as unknown as Bundle | undefined
        if (!bundle) return html
        const seen = new Set<string>()
        for (const module of modules) {
          const chunk = Object.values(bundle).find(
            (item): item is Chunk => item.type === 'chunk' && (item.facadeModuleId ?? '').endsWith(module),
          )
          if (!chunk) throw new Error(`no chunk for ${module}`)
          staticImports(bundle, chunk.fileName, seen)
        }
        const files = [...seen].filter((file) => !html.includes(`/${file}"`))
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}`, 'data-app': true },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}
