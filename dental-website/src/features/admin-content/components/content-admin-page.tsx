import { Plus } from 'lucide-react'
import { useMemo, useState, type ReactNode } from 'react'
import { useSearchParams } from 'react-router-dom'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { DataTable } from '@/components/data-table'
import { ErrorPanel } from '@/components/error-panel'
import { PageSpinner } from '@/components/page-spinner'
import { PaginationNav } from '@/components/pagination-nav'
import { Button } from '@/components/ui/button'
import { handleApiError } from '@/lib/api-error'
import { toast } from '@/lib/toast'
import { useQuery } from '@/lib/use-query'
import type { Paginated } from '@/types/api'

import { publishedMessage } from '../content-messages'
import { contentSearchParams, readContentFilters } from '../filter-params'
import type { ContentFilters, ContentStatus } from '../types'
import { contentColumns, type ContentRow } from './content-columns'
import { ContentFilters as ContentFiltersBar } from './content-filters'

/** The API functions of one kind of content (articles, case studies). */
export type ContentApi<Row, Item> = {
  list: (filters: ContentFilters, signal?: AbortSignal) => Promise<Paginated<Row>>
  get: (id: number, signal?: AbortSignal) => Promise<Item>
  update: (id: number, payload: { status: ContentStatus }) => Promise<unknown>
  remove: (id: number) => Promise<void>
}

/** What the page says about its kind of content, in French. */
export type ContentWords = {
  key: string
  heading: string
  newLabel: string
  searchPlaceholder: string
  loading: string
  count: (total: number) => string
  empty: string
  deleteTitle: (title: string) => string
  deleted: (title: string) => string
}

export type EditorProps<Item> = {
  open: boolean
  item: Item | null
  onOpenChange: (open: boolean) => void
  onSaved: () => void
}

type Props<Row, Item> = {
  api: ContentApi<Row, Item>
  words: ContentWords
  publicPath: (slug: string) => string
  renderEditor: (props: EditorProps<Item>) => ReactNode
}

/** Which item the editor shows; `opened` makes each opening read it afresh. */
type Editing = { id: number; opened: number } | 'new' | null

let openings = 0
const nextOpening = () => ++openings

/** An admin list of content: filters, table, publish toggle, editor and delete confirmation. */
export function ContentAdminPage<Row extends ContentRow, Item>({ api, words, publicPath, renderEditor }: Props<Row, Item>) {
  const [params, setParams] = useSearchParams()
  const filters = readContentFilters(params)
  const list = useQuery(`admin-${words.key}?${contentSearchParams(filters)}`, (signal) => api.list(filters, signal))
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<Row | null>(null)
  const opened = typeof editing === 'object' && editing !== null ? editing : null
  const item = useQuery(opened ? `admin-${words.key}-${opened.id}-${opened.opened}` : null, (signal) => api.get(opened?.id ?? 0, signal))
  const reload = list.reload

  const columns = useMemo(() => {
    async function togglePublished(row: Row) {
      const publish = row.status !== 'published'
      try {
        await api.update(row.id, { status: publish ? 'published' : 'draft' })
        toast.success(publishedMessage(row.title, publish))
        reload()
      } catch (error) {
        handleApiError(error)
      }
    }
    return contentColumns<Row>({
      publicPath,
      onEdit: (row) => setEditing({ id: row.id, opened: nextOpening() }),
      onTogglePublished: togglePublished,
      onDelete: setDeleting,
    })
  }, [api, publicPath, reload])

  async function confirmDelete() {
    if (!deleting) return
    try {
      await api.remove(deleting.id)
      toast.success(words.deleted(deleting.title))
      reload()
    } catch (error) {
      handleApiError(error)
      throw error
    }
  }

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{words.heading}</h1>
        <Button onClick={() => setEditing('new')}>
          <Plus aria-hidden="true" />
          {words.newLabel}
        </Button>
      </div>
      <ContentFiltersBar filters={filters} onChange={(next) => setParams(contentSearchParams(next))} placeholder={words.searchPlaceholder} />
      {item.error ? <ErrorPanel error={item.error} onRetry={item.reload} /> : null}
      {list.error ? (
        <ErrorPanel error={list.error} onRetry={reload} />
      ) : !list.data ? (
        <PageSpinner label={words.loading} />
      ) : (
        <>
          <p className="text-sm text-muted-foreground" aria-live="polite">{words.count(list.data.total)}</p>
          <DataTable columns={columns} rows={list.data.items} rowKey={(row) => row.id} caption={words.heading} empty={words.empty} />
          <PaginationNav page={list.data.page} pages={list.data.pages} hrefFor={(page) => `?${contentSearchParams({ ...filters, page })}`} />
        </>
      )}
      {renderEditor({
        open: editing === 'new' || Boolean(opened && item.data),
        item: editing === 'new' ? null : (item.data ?? null),
        onOpenChange: (open) => !open && setEditing(null),
        onSaved: reload,
      })}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={deleting ? words.deleteTitle(deleting.title) : ''}
        description="Il disparaît du site et de l'administration ; cette action est définitive."
        confirmLabel="Supprimer"
        destructive
        onConfirm={confirmDelete}
      />
    </>
  )
}
