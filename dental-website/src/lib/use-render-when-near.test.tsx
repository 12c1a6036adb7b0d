import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { useRenderWhenNear } from './use-render-when-near'

function Section() {
  const [ref, near] = useRenderWhenNear<HTMLElement>()
  return <section ref={ref}>{near ? 'contenu' : 'plus bas'}</section>
}

describe('useRenderWhenNear', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('renders once the section nears the viewport, before any idle moment', () => {
    let report: (entries: { isIntersecting: boolean }[]) => void = () => undefined
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: typeof report) {
          report = callback
        }
        observe() {}
        disconnect() {}
      },
    )
    vi.stubGlobal('requestIdleCallback', () => 1)
    vi.stubGlobal('cancelIdleCallback', () => undefined)
    render(<Section />)
    expect(screen.getByText('plus bas')).toBeInTheDocument()
    act(() => report([{ isIntersecting: false }]))
    expect(screen.getByText('plus bas')).toBeInTheDocument()
    act(() => report([{ isIntersecting: true }]))
    expect(screen.getByText('contenu')).toBeInTheDocument()
  })

  it('renders at the first idle moment when the section stays far away', () => {
    let idle: () => void = () => undefined
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      idle = callback
      return 1
    })
    vi.stubGlobal('cancelIdleCallback', () => undefined)
    render(<Section />)
    expect(screen.getByText('plus bas')).toBeInTheDocument()
    act(() => idle())
    expect(screen.getByText('contenu')).toBeInTheDocument()
  })
})
