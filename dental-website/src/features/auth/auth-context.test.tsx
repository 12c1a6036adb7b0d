import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { getAccessToken } from '@/lib/access-token'
import { client } from '@/testing/data'
import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import { useAuth } from './auth-context'

function Session() {
  const { user, status, logout } = useAuth()
  return (
    <div>
      <p>statut : {status}</p>
      <p>{user ? `connecté : ${user.full_name}` : 'anonyme'}</p>
      <button type="button" onClick={() => void logout()}>
        Se déconnecter
      </button>
    </div>
  )
}

describe('AuthProvider', () => {
  it('restores the session from the refresh cookie when the page loads', async () => {
    document.cookie = 'csrf_refresh_token=csrf-1; path=/'
    server.use(http.post('/api/auth/refresh', () => HttpResponse.json({ access_token: 'restored' })))
    renderWithApp(<Session />)
    expect(await screen.findByText(`connecté : ${client.full_name}`)).toBeInTheDocument()
    expect(screen.getByText('statut : authenticated')).toBeInTheDocument()
    expect(getAccessToken()).toBe('restored')
  })

  it('is anonymous at once without a refresh cookie', async () => {
    let refreshed = false
    server.use(http.post('/api/auth/refresh', () => ((refreshed = true), HttpResponse.json({}, { status: 401 }))))
    renderWithApp(<Session />)
    expect(await screen.findByText('statut : anonymous')).toBeInTheDocument()
    expect(refreshed).toBe(false)
  })

  it('logs out: the token is dropped and the server told', async () => {
    document.cookie = 'csrf_refresh_token=csrf-1; path=/'
    let loggedOut = false
    server.use(
      http.post('/api/auth/refresh', () => HttpResponse.json({ access_token: 'restored' })),
      http.post('/api/auth/logout', () => ((loggedOut = true), HttpResponse.json({ message: 'ok' }))),
    )
    const { user } = renderWithApp(<Session />)
    await screen.findByText(`connecté : ${client.full_name}`)
    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }))
    await waitFor(() => expect(screen.getByText('anonyme')).toBeInTheDocument())
    expect(loggedOut).toBe(true)
    expect(getAccessToken()).toBeNull()
  })
})
