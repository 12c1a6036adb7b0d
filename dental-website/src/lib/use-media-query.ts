import { useSyncExternalStore } from 'react'

function mediaList(query: string) {
  return typeof window.matchMedia === 'function' ? window.matchMedia(query) : null
}

/**
 * Whether `query` matches the window, kept current when it changes (a phone turned sideways). For components
 * mounted on the client only: a hydrated one would render the build's answer first, then again at once.
 */
export function useMediaQuery(query: string) {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaList(query)
      list?.addEventListener('change', onChange)
      return () => list?.removeEventListener('change', onChange)
    },
    () => mediaList(query)?.matches ?? false,
    () => false,
  )
}
