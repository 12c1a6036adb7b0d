import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithApp } from '@/testing/render'

import { useReturnPath } from './use-return-path'

function ReturnPath() {
  const { next, askedNext, returnToNext } = useReturnPath()
  return (
    <>
      <p>next: {next}</p>
      <p>asked: {askedNext ?? 'none'}</p>
      <button onClick={returnToNext}>Continuer</button>
    </>
  )
}

function renderAt(url: string) {
  return renderWithApp(<ReturnPath />, { path: '/connexion', url, routes: [{ path: '/compte', element: <p>Mon compte</p> }] })
}

describe('useReturnPath', () => {
  it('returns to the page the visitor was going to, and carries it to the other form', async () => {
    const { user, router } = renderAt('/connexion?next=%2Fproduits%3Fq%3Dgants')
    expect(screen.getByText('next: /produits?q=gants')).toBeInTheDocument()
    expect(screen.getByText('asked: /produits?q=gants')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continuer' }))
    expect(router.state.location.pathname + router.state.location.search).toBe('/produits?q=gants')
  })

  it('goes to the account when no page was asked for', async () => {
    const { user } = renderAt('/connexion')
    expect(screen.getByText('asked: none')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continuer' }))
    expect(await screen.findByText('Mon compte')).toBeInTheDocument()
  })

  it.each(['https://evil.example/', '//evil.example/connexion', 'javascript:alert(1)'])(
    'never leaves the site for ?next=%s (no open redirect)',
    (target) => {
      renderAt(`/connexion?next=${encodeURIComponent(target)}`)
      expect(screen.getByText('next: /compte')).toBeInTheDocument()
      expect(screen.getByText('asked: /compte')).toBeInTheDocument()
    },
  )
})
