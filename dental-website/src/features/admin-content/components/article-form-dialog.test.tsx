import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { renderWithApp } from '@/testing/render'
import { server } from '@/testing/setup'

import { ArticleFormDialog } from './article-form-dialog'

const MARKDOWN = [
  '## Pourquoi le nitrile',
  'Résistant et **sans latex**.',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  'Fin <b onclick=alert(3)>du</b> texte.',
].join('\n\n')

function renderEditor() {
  const onSaved = vi.fn()
  const result = renderWithApp(<ArticleFormDialog open article={null} onOpenChange={vi.fn()} onSaved={onSaved} />)
  return { ...result, onSaved }
}

// jsdom has no ResizeObserver; Radix's switch measures itself with one.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
})

describe('article editor', () => {
  it('previews the Markdown as the site shows it, without raw HTML', async () => {
    const { user } = renderEditor()
    await user.click(screen.getByLabelText('Contenu (Markdown)'))
    await user.paste(MARKDOWN)
    const preview = screen.getByRole('region', { name: 'Aperçu' })
    expect(await within(preview).findByRole('heading', { level: 2, name: 'Pourquoi le nitrile' })).toBeInTheDocument()
    expect(within(preview).getByText('sans latex').tagName).toBe('STRONG')
    expect(preview.querySelector('script, img')).toBeNull()
    expect(within(preview).queryByText(/alert/)).not.toBeInTheDocument()
    expect(within(preview).getByText(/Fin/).innerHTML).toBe('Fin du texte.')
  })

  it('refuses to send an article without a title or a text', async () => {
    let sent = false
    server.use(http.post('/api/admin/articles', () => ((sent = true), HttpResponse.json({}, { status: 201 }))))
    const { user } = renderEditor()
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText('Le titre est obligatoire.')).toBeInTheDocument()
    expect(screen.getByText('Le contenu est obligatoire.')).toBeInTheDocument()
    expect(screen.getByLabelText('Titre')).toHaveAttribute('aria-invalid', 'true')
    expect(sent).toBe(false)
  })

  it("keeps what was typed and shows the API's reason under the field when it refuses", async () => {
    server.use(
      http.post('/api/admin/articles', () =>
        HttpResponse.json({ message: 'Données invalides.', errors: { title: ['Ce titre est trop proche d’un autre.'] } }, { status: 422 }),
      ),
    )
    const { user, onSaved } = renderEditor()
    await user.type(screen.getByLabelText('Titre'), 'Bien choisir ses gants')
    await user.type(screen.getByLabelText('Contenu (Markdown)'), 'Texte')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText('Ce titre est trop proche d’un autre.')).toBeInTheDocument()
    expect(await screen.findByText('Données invalides.')).toBeInTheDocument()
    expect(screen.getByLabelText('Titre')).toHaveValue('Bien choisir ses gants')
    expect(screen.getByLabelText('Contenu (Markdown)')).toHaveValue('Texte')
    expect(onSaved).not.toHaveBeenCalled()
  })

  it('publishes a new article with the switch and says so', async () => {
    let body: Record<string, unknown> = {}
    server.use(
      http.post('/api/admin/articles', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>
        return HttpResponse.json({ id: 9, slug: 'gants', ...body }, { status: 201 })
      }),
    )
    const { user, onSaved } = renderEditor()
    await user.type(screen.getByLabelText('Titre'), '  Gants  ')
    await user.type(screen.getByLabelText('Contenu (Markdown)'), 'Texte')
    await user.click(screen.getByRole('switch', { name: 'Publié (visible sur le site)' }))
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))
    expect(await screen.findByText('Article « Gants » créé et publié.')).toBeInTheDocument()
    expect(body).toEqual({ title: 'Gants', excerpt: '', content: 'Texte', image_url: null, status: 'published' })
    expect(onSaved).toHaveBeenCalled()
  })
})
