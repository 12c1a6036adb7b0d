import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { renderWithApp } from '@/testing/render'

import { ArticleRoute } from './article'

describe('article page', () => {
  it('renders the Markdown and drops raw HTML', async () => {
    renderWithApp(<ArticleRoute />, { path: '/articles/:slug', url: '/articles/bien-choisir-ses-gants' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Bien choisir ses gants' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Pourquoi le nitrile' })).toBeInTheDocument()
    expect(screen.getByText('sans latex').tagName).toBe('STRONG')
    expect(document.querySelector('.prose-content script')).toBeNull()
    expect(screen.queryByText(/alert\(1\)/)).not.toBeInTheDocument()
    // PageMeta sets the title in an effect, which may run after the heading paints.
    await vi.waitFor(() => expect(document.title).toBe('Bien choisir ses gants | DentalTech Pro'))
  })
})
