import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { StarRating } from './star-rating'

describe('StarRating', () => {
  it('reads as a sentence for screen readers', () => {
    render(<StarRating value={4.5} count={12} />)
    expect(screen.getByRole('img', { name: 'Note : 4,5 sur 5, 12 avis' })).toBeInTheDocument()
  })
})
