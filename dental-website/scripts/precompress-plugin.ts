import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

import type { Plugin } from 'vite'

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|xml)$/

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else yield path
  }
}

/** Writes a `.gz` beside every text file of the build, for servers that send precompressed files. */
export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'dental-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    async closeBundle() {
      for await (const path of walk(outDir)) {
        if (!COMPRESSIBLE.test(path)) continue
        const content = await readFile(path)
        if (content.length < 1024) continue
        await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }))
      }
    },
  }
}
