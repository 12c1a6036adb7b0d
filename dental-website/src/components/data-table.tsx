import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import type { ReactNode } from 'react'

import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { cn } from '@/lib/utils'

/** The server's sort values a column's header switches between (`desc` absent: one direction only). */
export type ColumnSort = { asc: string; desc?: string }

export type Column<T> = { id: string; header: ReactNode; cell: (row: T) => ReactNode; className?: string; sort?: ColumnSort }

type Sorting = { value?: string; onChange: (value: string) => void }

type DataTableProps<T> = {
  columns: Column<T>[]
  rows: T[]
  rowKey: (row: T) => string | number
  caption: string
  empty: string
  rowClassName?: (row: T) => string | undefined
  sorting?: Sorting
}

function directionOf(sort: ColumnSort, value?: string) {
  if (value === sort.asc) return 'ascending'
  return value !== undefined && value === sort.desc ? 'descending' : 'none'
}

/** The next sort a click asks for: ascending first, then descending where the server has it. */
function nextSort(sort: ColumnSort, value?: string) {
  return value === sort.asc && sort.desc ? sort.desc : sort.asc
}

const SORT_ICONS = { ascending: ArrowUp, descending: ArrowDown, none: ArrowUpDown }

function SortableHead<T>({ column, sort, sorting }: { column: Column<T>; sort: ColumnSort; sorting: Sorting }) {
  const direction = directionOf(sort, sorting.value)
  const Icon = SORT_ICONS[direction]
  return (
    <TableHead className={column.className} aria-sort={direction}>
      <button
        type="button"
        className="-mx-2 inline-flex items-center gap-1 rounded-md px-2 py-1 hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
        onClick={() => sorting.onChange(nextSort(sort, sorting.value))}
      >
        {column.header}
        <Icon className={cn('size-3.5', direction === 'none' && 'text-muted-foreground')} aria-hidden="true" />
      </button>
    </TableHead>
  )
}

function HeaderRow<T>({ columns, sorting }: { columns: Column<T>[]; sorting?: Sorting }) {
  return (
    <TableRow>
      {columns.map((column) =>
        column.sort && sorting ? (
          <SortableHead key={column.id} column={column} sort={column.sort} sorting={sorting} />
        ) : (
          <TableHead key={column.id} className={column.className}>
            {column.header}
          </TableHead>
        ),
      )}
    </TableRow>
  )
}

/**
 * A table from column definitions (the shadcn-admin way: each feature's `x-columns.tsx` says what to show).
 * With `sorting`, the columns that have a `sort` get a header button that asks the server for that order.
 */
export function DataTable<T>({ columns, rows, rowKey, caption, empty, rowClassName, sorting }: DataTableProps<T>) {
  return (
    <Table>
      <TableCaption className="sr-only">{caption}</TableCaption>
      <TableHeader>
        <HeaderRow columns={columns} sorting={sorting} />
      </TableHeader>
      <TableBody>
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={columns.length} className="py-10 text-center text-muted-foreground">
              {empty}
            </TableCell>
          </TableRow>
        ) : (
          rows.map((row) => (
            <TableRow key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column) => (
                <TableCell key={column.id} className={cn(column.className)}>
                  {column.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  )
}
