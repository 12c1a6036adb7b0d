import { Plus } from 'lucide-react'
import { useMemo, useState } from 'react'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { DataTable } from '@/components/data-table'
import { ErrorPanel } from '@/components/error-panel'
import { PageSpinner } from '@/components/page-spinner'
import { Button } from '@/components/ui/button'
import { deleteCategory, getCategories } from '@/features/admin-categories/api/categories'
import { categoriesColumns } from '@/features/admin-categories/components/categories-columns'
import { CategoryFormDialog } from '@/features/admin-categories/components/category-form-dialog'
import type { AdminCategory } from '@/features/admin-categories/types'
import { handleApiError } from '@/lib/api-error'
import { toast } from '@/lib/toast'
import { useQuery } from '@/lib/use-query'

export function AdminCategories() {
  const categories = useQuery('admin-categories', getCategories)
  const [editing, setEditing] = useState<AdminCategory | 'new' | null>(null)
  const [deleting, setDeleting] = useState<AdminCategory | null>(null)
  const columns = useMemo(() => categoriesColumns({ onEdit: setEditing, onDelete: setDeleting }), [])

  async function confirmDelete() {
    if (!deleting) return
    try {
      await deleteCategory(deleting.id)
      toast.success(`Catégorie « ${deleting.name} » supprimée.`)
      categories.reload()
    } catch (error) {
      handleApiError(error)
      throw error
    }
  }

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Catégories</h1>
        <Button onClick={() => setEditing('new')}>
          <Plus aria-hidden="true" />
          Nouvelle catégorie
        </Button>
      </div>
      {categories.error ? (
        <ErrorPanel error={categories.error} onRetry={categories.reload} />
      ) : !categories.data ? (
        <PageSpinner label="Chargement des catégories…" />
      ) : (
        <DataTable columns={columns} rows={categories.data} rowKey={(category) => category.id} caption="Catégories" empty="Aucune catégorie." />
      )}
      <CategoryFormDialog
        open={editing !== null}
        category={editing === 'new' ? null : editing}
        onOpenChange={(open) => !open && setEditing(null)}
        onSaved={categories.reload}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Supprimer la catégorie « ${deleting?.name ?? ''} » ?`}
        description={
          deleting?.product_count
            ? `Elle contient encore ${deleting.product_count} produit(s) : la boutique refusera de la supprimer tant qu'ils n'ont pas changé de catégorie.`
            : 'Elle ne contient aucun produit.'
        }
        confirmLabel="Supprimer"
        destructive
        onConfirm={confirmDelete}
      />
    </>
  )
}

export { AdminCategories as Component }
