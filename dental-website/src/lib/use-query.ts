import { startTransition, useCallback, useEffect, useEffectEvent, useState } from 'react'

type Settled<T> = { key: string; data?: T; error?: unknown }

export type QueryState<T> = {
  data: T | undefined
  error: unknown
  isLoading: boolean
  reload: () => void
}

/**
 * Data for what is on screen, fetched when `key` changes (a new key aborts the previous request).
 * `key` names everything the fetcher reads; pass null to wait (e.g. until the session is known).
 */
export function useQuery<T>(key: string | null, fetcher: (signal: AbortSignal) => Promise<T>): QueryState<T> {
  const [settled, setSettled] = useState<Settled<T>>()
  const [version, setVersion] = useState(0)
  const fetchData = useEffectEvent((signal: AbortSignal) => fetcher(signal))

  useEffect(() => {
    if (key === null) return
    const controller = new AbortController()
    // Answers render as transitions: React renders a page full of data in short slices, not one long task.
    fetchData(controller.signal).then(
      (data) => startTransition(() => setSettled({ key, data })),
      (error: unknown) => {
        if (!controller.signal.aborted) startTransition(() => setSettled({ key, error }))
      },
    )
    return () => controller.abort()
  }, [key, version])

  const reload = useCallback(() => setVersion((value) => value + 1), [])
  const current = settled?.key === key ? settled : undefined
  return { data: current?.data, error: current?.error, isLoading: key === null || !current, reload }
}
