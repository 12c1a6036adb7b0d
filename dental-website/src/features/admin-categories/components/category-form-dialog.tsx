import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'

import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
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
        <FormField
          control={form.control}
          name="name"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Nom</FormLabel>
              <FormControl>
                <Input {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="description"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Description</FormLabel>
              <FormControl>
                <Textarea rows={3} {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
            Fermer
          </Button>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            Enregistrer
          </Button>
        </DialogFooter>
      </form>
    </Form>
  )
}

export function CategoryFormDialog({ open, ...props }: CategoryFormDialogProps) {
  return (
    <Dialog open={open} onOpenChange={props.onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{props.category ? `Modifier « ${props.category.name} »` : 'Nouvelle catégorie'}</DialogTitle>
          <DialogDescription>Son adresse (slug) est faite à la création et ne change plus.</DialogDescription>
        </DialogHeader>
        {open && <CategoryForm key={props.category?.id ?? 'new'} {...props} />}
      </DialogContent>
    </Dialog>
  )
}
