import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'

import { nextTask } from '@/lib/next-task'
import { prepareClassMerging } from '@/lib/utils'

import { App } from './app'
import { createAppRouter } from './router'
import { routerReady } from './router-ready'

/** `data-prerendered` on #root names the route the build rendered into it (see scripts/prerender-plugin.ts). */
function matchesPrerender(container: HTMLElement) {
  const pattern = container.dataset.prerendered
  return Boolean(pattern) && !window.location.search && new RegExp(`^${pattern}$`).test(window.location.pathname)
}

/**
 * Starts the app in `container`: hydrates the build's markup when it was rendered for this address, else
 * renders from scratch. Both are transitions, so React works in short slices instead of one long task.
 */
export async function start(container: HTMLElement) {
  const router = createAppRouter()
  await routerReady(router)
  await nextTask()
  prepareClassMerging()
  await nextTask()
  const app = (
    <StrictMode>
      <App router={router} />
    </StrictMode>
  )
  startTransition(() => {
    if (matchesPrerender(container)) hydrateRoot(container, app)
    else createRoot(container).render(app)
  })
}
