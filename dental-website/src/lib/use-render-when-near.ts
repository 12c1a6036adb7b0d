import { startTransition, useEffect, useRef, useState } from 'react'

/** How long a section far below the first screen may wait for an idle moment before it renders anyway. */
const IDLE_LIMIT_MS = 2000

/** Runs `callback` at the browser's next idle moment (at most IDLE_LIMIT_MS away); returns a canceller. */
function whenIdle(callback: () => void) {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(callback, 0)
    return () => clearTimeout(timer)
  }
  const id = requestIdleCallback(callback, { timeout: IDLE_LIMIT_MS })
  return () => cancelIdleCallback(id)
}

/**
 * For what sits far below the first screen: false until the element comes within a screen of the viewport
 * or the browser has an idle moment, then true. Its content then renders in a commit of its own, after the
 * page has started, instead of lengthening the page's first commit of data.
 */
export function useRenderWhenNear<T extends Element>() {
  const ref = useRef<T>(null)
  const [near, setNear] = useState(false)

  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const show = () => startTransition(() => setNear(true))
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && show(), {
            rootMargin: '100% 0px',
          })
        : null
    observer?.observe(element)
    const cancelIdle = whenIdle(show)
    return () => {
      observer?.disconnect()
      cancelIdle()
    }
  }, [near])

  return [ref, near] as const
}
