import '@testing-library/jest-dom/vitest'

import { cleanup, configure } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

import { setAccessToken } from '@/lib/access-token'

import { handlers } from './handlers'

export const server = setupServer(...handlers)

// Generous waits: CI machines are shared and sometimes slow.
configure({ asyncUtilTimeout: 5000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  localStorage.clear()
  document.cookie.split(';').forEach((cookie) => {
    document.cookie = `${cookie.split('=')[0].trim()}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  })
  setAccessToken(null)
})
afterAll(() => server.close())

// jsdom has no layout: Radix and the sheet ask for these.
window.HTMLElement.prototype.scrollIntoView ??= () => undefined
window.HTMLElement.prototype.hasPointerCapture ??= () => false
window.HTMLElement.prototype.releasePointerCapture ??= () => undefined
window.scrollTo = () => undefined
