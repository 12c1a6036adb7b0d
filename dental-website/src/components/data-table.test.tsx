import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { DataTable, type Column } from './data-table'

type Row = { id: number; name: string; price: number }

const columns: Column<Row>[] = [
  { id: 'name', header: 'Produit', cell: (row) => row.name, sort: { asc: 'name' } },
  { id: 'price', header: 'Prix', cell: (row) => row.price, sort: { asc: 'price_asc', desc: 'price_desc' } },
  { id: 'stock', header: 'Stock', cell: () => 3 },
]

function renderTable(value: string | undefined, onChange = vi.fn()) {
  const rows = [{ id: 1, name: 'Fraise', price: 10 }]
  render(<DataTable columns={columns} rows={rows} rowKey={(row) => row.id} caption="Produits" empty="Aucun" sorting={{ value, onChange }} />)
  return { onChange, user: userEvent.setup({ delay: null }) }
}

const header = (name: string) => screen.getByRole('columnheader', { name })

describe('DataTable sorting', () => {
  it('says which column the rows are sorted by, and leaves unsortable columns alone', () => {
    renderTable('price_desc')
    expect(header('Prix')).toHaveAttribute('aria-sort', 'descending')
    expect(header('Produit')).toHaveAttribute('aria-sort', 'none')
    expect(header('Stock')).not.toHaveAttribute('aria-sort')
    expect(screen.queryByRole('button', { name: 'Stock' })).not.toBeInTheDocument()
  })

  it('asks for ascending first, then descending, from a click', async () => {
    const first = renderTable('name')
    await first.user.click(screen.getByRole('button', { name: 'Prix' }))
    expect(first.onChange).toHaveBeenLastCalledWith('price_asc')
  })

  it('switches an ascending column to descending from the keyboard', async () => {
    const { onChange, user } = renderTable('price_asc')
    expect(header('Prix')).toHaveAttribute('aria-sort', 'ascending')
    await user.tab()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Prix' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onChange).toHaveBeenLastCalledWith('price_desc')
  })

  it('keeps a one-way column ascending', async () => {
    const { onChange, user } = renderTable('name')
    await user.click(screen.getByRole('button', { name: 'Produit' }))
    expect(onChange).toHaveBeenLastCalledWith('name')
  })
})
