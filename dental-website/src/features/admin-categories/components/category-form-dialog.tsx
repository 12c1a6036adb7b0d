import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'

import { FormDialog, FormDialogFooter } from '@/components/form/form-dialog'
import { InputField, TextareaField } from '@/components/form/text-fields'
import { Form } from '@/components/ui/form'
import { showFormErrors } from '@/lib/form-errors'
import { toast } from '@/lib/toast'

import { createCategory, updateCategory } from '../api/categories'
import { categorySchema, type CategoryValues } from '../category-schema'
import type { AdminCategory } from '../types'

type CategoryFormDialogProps = { open: boolean; category: AdminCategory | null; onOpenChange: (open: boolean) => void; onSaved: () => void }

function CategoryForm({ category, onOpenChange, onSaved }: Omit<CategoryFormDialogProps, 'open'>) {
  const form = useForm<CategoryValues>({
    resolver: zodResolver(categorySchema),
    defaultValues: { name: category?.name ?? '', description: category?.description ?? '' },
  })

  async function onSubmit(values: CategoryValues) {
    const payload = { name: values.name, description: values.description || null }
    try {
      const saved = category ? await updateCategory(category.id, payload) : await createCategory(payload)
      toast.success(`Catégorie « ${saved.name} » enregistrée.`)
      onSaved()
      onOpenChange(false)
    } catch (error) {
      showFormErrors(error, form.setError, ['name', 'description'])
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
        <InputField control={form.control} name="name" label="Nom" />
        <TextareaField control={form.control} name="description" label="Description" rows={3} />
        <FormDialogFooter busy={form.formState.isSubmitting} onClose={() => onOpenChange(false)} />
      </form>
    </Form>
  )
}

export function CategoryFormDialog({ open, ...props }: CategoryFormDialogProps) {
  return (
    <FormDialog
      open={open}
      onOpenChange={props.onOpenChange}
      title={props.category ? `Modifier « ${props.category.name} »` : 'Nouvelle catégorie'}
      description="Son adresse (slug) est faite à la création et ne change plus."
    >
      <CategoryForm key={props.category?.id ?? 'new'} {...props} />
    </FormDialog>
  )
}
