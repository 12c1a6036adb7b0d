import type { DataRouter } from 'react-router-dom'

/** Resolves once the router has loaded the matched routes' code, so the first render is the whole page. */
export function routerReady(router: DataRouter) {
  return new Promise<void>((resolve) => {
    if (router.state.initialized) return resolve()
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}
