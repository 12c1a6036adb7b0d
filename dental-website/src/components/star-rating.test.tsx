import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { StarRating } from './star-rating'

describe('StarRating', () => {
  it('reads as a sentence for screen readers', () => {
    render(<StarRating value={4.5} count={12} />)
    expect(screen.getByRole('img', { name: 'Note : 4,5 sur 5, 12 avis' })).toBeInTheDocument()
  })

  it('fills the stars up to the rating, never past five or below zero', () => {
    const { container, rerender } = render(<StarRating value={3.5} />)
    const filled = () => (container.querySelector('.text-amber-500') as HTMLElement).style.width
    expect(filled()).toBe('70%')
    rerender(<StarRating value={7} />)
    expect(filled()).toBe('100%')
    rerender(<StarRating value={-1} />)
    expect(filled()).toBe('0%')
    expect(container.querySelectorAll('svg polygon')).toHaveLength(10)
  })
})
