import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { getAccessToken } from '@/lib/access-token'
import { client } from '@/testing/data'
import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import { LoginForm } from './login-form'

describe('LoginForm', () => {
  it('says which fields are missing', async () => {
    const { user } = renderWithApp(<LoginForm onSuccess={vi.fn()} />)
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    expect(await screen.findByText("L'adresse e-mail est obligatoire.")).toBeInTheDocument()
    expect(screen.getByText('Le mot de passe est obligatoire.')).toBeInTheDocument()
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true')
  })

  it('logs in in cookie mode and keeps the access token in memory', async () => {
    let authMode: string | null = null
    server.use(
      http.post('/api/auth/login', ({ request }) => {
        authMode = request.headers.get('X-Auth-Mode')
        return HttpResponse.json({ user: client, access_token: 'access-1' })
      }),
    )
    const onSuccess = vi.fn()
    const { user } = renderWithApp(<LoginForm onSuccess={onSuccess} />)
    await user.type(screen.getByLabelText('Email'), client.email)
    await user.type(screen.getByLabelText('Mot de passe'), 'Client-Dental-2026')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled())
    expect(authMode).toBe('cookie')
    expect(getAccessToken()).toBe('access-1')
    expect(JSON.stringify({ ...localStorage })).not.toContain('access-1')
  })

  it("shows the API's message when the password is wrong", async () => {
    server.use(http.post('/api/auth/login', () => HttpResponse.json({ message: 'Email ou mot de passe incorrect.' }, { status: 401 })))
    const { user } = renderWithApp(<LoginForm onSuccess={vi.fn()} />)
    await user.type(screen.getByLabelText('Email'), client.email)
    await user.type(screen.getByLabelText('Mot de passe'), 'wrong-password')
    await user.click(screen.getByRole('button', { name: 'Se connecter' }))
    expect(await screen.findByText('Email ou mot de passe incorrect.')).toBeInTheDocument()
  })
})
