import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import type { OrderFilters } from '../types'

import { OrdersFilters } from './orders-filters'

function renderFilters(filters: OrderFilters) {
  const onChange = vi.fn()
  render(<OrdersFilters filters={filters} onChange={onChange} />)
  return onChange
}

describe('OrdersFilters', () => {
  it('narrows the range from either end, back to page 1', () => {
    const onChange = renderFilters({ date_from: '2026-11-01', date_to: '2026-11-20', page: 3 })
    fireEvent.change(screen.getByLabelText('Du'), { target: { value: '2026-11-05' } })
    expect(onChange).toHaveBeenLastCalledWith({ date_from: '2026-11-05', date_to: '2026-11-20', page: undefined })
    fireEvent.change(screen.getByLabelText('Au'), { target: { value: '2026-11-10' } })
    expect(onChange).toHaveBeenLastCalledWith({ date_from: '2026-11-01', date_to: '2026-11-10', page: undefined })
  })

  it('moves the other end along when one is set past it, so the range is never reversed', () => {
    const onChange = renderFilters({ date_from: '2026-11-10', date_to: '2026-11-20' })
    fireEvent.change(screen.getByLabelText('Du'), { target: { value: '2026-11-25' } })
    expect(onChange).toHaveBeenLastCalledWith({ date_from: '2026-11-25', date_to: '2026-11-25', page: undefined })
    fireEvent.change(screen.getByLabelText('Au'), { target: { value: '2026-11-02' } })
    expect(onChange).toHaveBeenLastCalledWith({ date_from: '2026-11-02', date_to: '2026-11-02', page: undefined })
  })

  it('clears one end without touching the other', () => {
    const onChange = renderFilters({ date_from: '2026-11-10', date_to: '2026-11-20' })
    fireEvent.change(screen.getByLabelText('Du'), { target: { value: '' } })
    expect(onChange).toHaveBeenLastCalledWith({ date_from: undefined, date_to: '2026-11-20', page: undefined })
  })
})
