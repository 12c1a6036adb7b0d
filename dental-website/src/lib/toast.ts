import type * as SonnerModule from 'sonner'
import type { ExternalToast } from 'sonner'

type Sonner = typeof SonnerModule
type Kind = 'success' | 'error' | 'info' | 'warning' | 'message'

let sonner: Promise<Sonner> | null = null

/** Sonner is loaded after the first paint, not with the page: toasts wait for it (it replays them on mount). */
export function loadSonner() {
  sonner ??= import('sonner')
  return sonner
}

function show(kind: Kind) {
  return (message: string, options?: ExternalToast) => {
    void loadSonner().then(({ toast: sonnerToast }) => sonnerToast[kind](message, options))
  }
}

export const toast = {
  success: show('success'),
  error: show('error'),
  info: show('info'),
  warning: show('warning'),
  message: show('message'),
}
