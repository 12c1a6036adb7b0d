import { StrictMode } from 'react'
import { prerender as renderStatic } from 'react-dom/static'
import { createMemoryRouter } from 'react-router-dom'

import { App } from './app'
import { routes } from './router'
import { routerReady } from './router-ready'

/**
 * The markup of `url` as the app first renders it in a browser (layout, page, loading placeholders, no data),
 * written into the built page so the first paint needs no JavaScript; the browser then hydrates it (start.tsx).
 * The tree is the browser's own (`App` with its router), so React's ids match when it hydrates.
 */
export async function prerender(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  await routerReady(router)
  const { prelude } = await renderStatic(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
    // One piece of HTML: React outlines big Suspense boundaries for streaming, with inline scripts the CSP refuses.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  )
  return new Response(prelude).text()
}
