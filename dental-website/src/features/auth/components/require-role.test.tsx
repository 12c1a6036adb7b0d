import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { admin } from '@/testing/data'
import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import { RequireRole } from './require-role'

const routes = [
  { path: '/connexion', element: <p>Page de connexion</p> },
  { path: '/', element: <p>Accueil</p> },
]

function renderAdmin() {
  return renderWithApp(
    <RequireRole role="admin">
      <p>Espace admin</p>
    </RequireRole>,
    { path: '/admin', routes },
  )
}

describe('RequireRole', () => {
  it('sends an anonymous visitor to the login page, remembering where they were going', async () => {
    const { router } = renderAdmin()
    expect(await screen.findByText('Page de connexion')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?next=%2Fadmin')
  })

  it('sends a client away from the admin area', async () => {
    document.cookie = 'csrf_refresh_token=c; path=/'
    server.use(http.post('/api/auth/refresh', () => HttpResponse.json({ access_token: 'a' })))
    renderAdmin()
    expect(await screen.findByText('Accueil')).toBeInTheDocument()
  })

  it('lets an admin in', async () => {
    document.cookie = 'csrf_refresh_token=c; path=/'
    server.use(
      http.post('/api/auth/refresh', () => HttpResponse.json({ access_token: 'a' })),
      http.get('/api/auth/me', () => HttpResponse.json(admin)),
    )
    renderAdmin()
    expect(await screen.findByText('Espace admin')).toBeInTheDocument()
  })
})
