import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { useMediaQuery } from './use-media-query'

function Probe() {
  return <p>{useMediaQuery('(max-width: 639px)') ? 'phone' : 'wide'}</p>
}

/** A stand-in for the window's media list (jsdom has none): `matches` and its change listeners. */
function fakeMediaList(matches: boolean) {
  const listeners = new Set<() => void>()
  const list = {
    matches,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    change(next: boolean) {
      list.matches = next
      listeners.forEach((listener) => listener())
    },
  }
  return list
}

describe('useMediaQuery', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('follows the window as it changes', () => {
    const list = fakeMediaList(true)
    vi.stubGlobal('matchMedia', () => list)
    render(<Probe />)
    expect(screen.getByText('phone')).toBeInTheDocument()
    act(() => list.change(false))
    expect(screen.getByText('wide')).toBeInTheDocument()
  })

  it('answers false where the browser has no media queries', () => {
    vi.stubGlobal('matchMedia', undefined)
    render(<Probe />)
    expect(screen.getByText('wide')).toBeInTheDocument()
  })
})
