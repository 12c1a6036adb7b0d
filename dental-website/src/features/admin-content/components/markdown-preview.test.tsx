import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { MarkdownPreview } from './markdown-preview'

describe('Markdown preview', () => {
  it('says where the preview will appear while the text is empty', () => {
    render(<MarkdownPreview source={'  \n'} />)
    expect(within(screen.getByRole('region', { name: 'Aperçu' })).getByText("L'aperçu du texte apparaît ici.")).toBeInTheDocument()
  })

  it('renders headings, emphasis and links the way the site does', async () => {
    render(<MarkdownPreview source={'# Titre\n\nUn lien vers [le catalogue](/produits) et un *mot*.'} />)
    const preview = screen.getByRole('region', { name: 'Aperçu' })
    expect(await within(preview).findByRole('heading', { level: 2, name: 'Titre' })).toBeInTheDocument()
    expect(within(preview).getByRole('link', { name: 'le catalogue' })).toHaveAttribute('href', '/produits')
    expect(within(preview).getByText('mot').tagName).toBe('EM')
  })

  it('never turns the text into live HTML or script links', async () => {
    render(<MarkdownPreview source={'<iframe src="https://example.com"></iframe>\n\n[clic](javascript:alert(1))'} />)
    const preview = screen.getByRole('region', { name: 'Aperçu' })
    const link = await within(preview).findByText('clic')
    expect(link.closest('a')?.getAttribute('href') ?? '').not.toMatch(/javascript/i)
    expect(preview.querySelector('iframe')).toBeNull()
  })
})
