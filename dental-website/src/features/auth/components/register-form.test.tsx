import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { client } from '@/testing/data'
import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import { RegisterForm } from './register-form'

async function fill(user: ReturnType<typeof renderWithApp>['user'], values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    await user.clear(screen.getByLabelText(label))
    if (value) await user.type(screen.getByLabelText(label), value)
  }
  await user.click(screen.getByRole('button', { name: 'Créer un compte' }))
}

describe('RegisterForm', () => {
  it('applies the password rules of the API before sending anything', async () => {
    const { user } = renderWithApp(<RegisterForm onSuccess={vi.fn()} />)
    await fill(user, { 'Nom complet': 'Dr Amina Benali', Email: 'amina@example.com', 'Mot de passe': '12345678' })
    expect(await screen.findByText('Le mot de passe ne doit pas contenir que des chiffres.')).toBeInTheDocument()
    await fill(user, { 'Mot de passe': 'court' })
    expect(await screen.findByText('Le mot de passe doit contenir au moins 8 caractères.')).toBeInTheDocument()
    await fill(user, { 'Mot de passe': 'amina@example.com' })
    expect(await screen.findByText('Le mot de passe ne doit pas être votre adresse e-mail.')).toBeInTheDocument()
  })

  it('rejects an invalid email', async () => {
    const { user } = renderWithApp(<RegisterForm onSuccess={vi.fn()} />)
    await fill(user, { 'Nom complet': 'Dr Amina Benali', Email: 'pas-un-email', 'Mot de passe': 'Motdepasse-2026' })
    expect(await screen.findByText('Adresse e-mail invalide.')).toBeInTheDocument()
  })

  it("puts the API's field errors under the field (a taken email)", async () => {
    server.use(
      http.post('/api/auth/register', () =>
        HttpResponse.json({ message: 'Cet email est déjà utilisé.', errors: { email: ['Cet email est déjà utilisé.'] } }, { status: 409 }),
      ),
    )
    const { user } = renderWithApp(<RegisterForm onSuccess={vi.fn()} />)
    await fill(user, { 'Nom complet': 'Dr Amina Benali', Email: client.email, 'Mot de passe': 'Motdepasse-2026' })
    expect((await screen.findAllByText('Cet email est déjà utilisé.')).length).toBeGreaterThan(0)
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true')
  })

  it('sends the phone only when given', async () => {
    let body: Record<string, unknown> = {}
    server.use(
      http.post('/api/auth/register', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>
        return HttpResponse.json({ user: client, access_token: 'a' }, { status: 201 })
      }),
    )
    const onSuccess = vi.fn()
    const { user } = renderWithApp(<RegisterForm onSuccess={onSuccess} />)
    await fill(user, { 'Nom complet': 'Dr Amina Benali', Email: 'amina@example.com', 'Mot de passe': 'Motdepasse-2026' })
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled())
    expect(body).toEqual({ full_name: 'Dr Amina Benali', email: 'amina@example.com', password: 'Motdepasse-2026' })
  })
})
