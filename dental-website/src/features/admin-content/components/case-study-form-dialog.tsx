import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type Control } from 'react-hook-form'

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Form, FormField, FormItem, FormMessage } from '@/components/ui/form'
import { apiFieldErrors } from '@/lib/api-error'
import { showFormErrors } from '@/lib/form-errors'
import { toast } from '@/lib/toast'

import { createCaseStudy, updateCaseStudy } from '../api/case-studies'
import { savedMessage } from '../content-messages'
import { CASE_STUDY_FIELDS, caseStudyPayload, caseStudySchema, caseStudyValues, type CaseStudyValues } from '../content-schema'
import type { AdminCaseStudy } from '../types'
import { EditorFooter } from './editor-footer'
import { ImageFormField, MarkdownField, PublishedField, TextField } from './editor-fields'
import { ProductPicker } from './product-picker'

type CaseStudyFormDialogProps = { open: boolean; caseStudy: AdminCaseStudy | null; onOpenChange: (open: boolean) => void; onSaved: () => void }

function ProductsField({ control }: { control: Control<CaseStudyValues> }) {
  return (
    <FormField
      control={control}
      name="products"
      render={({ field }) => (
        <FormItem>
          <fieldset className="grid gap-2">
            <legend className="mb-2 text-sm font-medium">Produits utilisés</legend>
            <ProductPicker value={field.value} onChange={field.onChange} />
          </fieldset>
          <FormMessage />
        </FormItem>
      )}
    />
  )
}

export function CaseStudyForm({ caseStudy, onOpenChange, onSaved }: Omit<CaseStudyFormDialogProps, 'open'>) {
  const form = useForm<CaseStudyValues>({ resolver: zodResolver(caseStudySchema), defaultValues: caseStudyValues(caseStudy) })

  async function onSubmit(values: CaseStudyValues) {
    try {
      const payload = caseStudyPayload(values)
      const saved = caseStudy ? await updateCaseStudy(caseStudy.id, payload) : await createCaseStudy(payload)
      toast.success(savedMessage('Cas clinique', saved.title, !caseStudy, saved.status === 'published'))
      onSaved()
      onOpenChange(false)
    } catch (error) {
      const unknownProducts = apiFieldErrors(error).product_ids
      if (unknownProducts) form.setError('products', { type: 'server', message: unknownProducts })
      showFormErrors(error, form.setError, CASE_STUDY_FIELDS)
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-5" noValidate>
        <div className="grid gap-5 md:grid-cols-[1fr_16rem]">
          <div className="grid content-start gap-4">
            <TextField name="title" label="Titre" />
            <TextField name="summary" label="Résumé" rows={3} description="Montré dans la liste des cas cliniques et en tête de page (500 caractères au plus)." />
            <PublishedField />
          </div>
          <ImageFormField name="cover_image_url" label="Image de couverture" kind="case-studies" />
        </div>
        <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-[16rem_16rem_1fr]">
          <ImageFormField name="before_image_url" label="Photo avant" kind="case-studies" />
          <ImageFormField name="after_image_url" label="Photo après" kind="case-studies" />
          <div className="sm:col-span-2 lg:col-span-1">
            <ProductsField control={form.control} />
          </div>
        </div>
        <MarkdownField />
        <EditorFooter busy={form.formState.isSubmitting} onClose={() => onOpenChange(false)} />
      </form>
    </Form>
  )
}

/** Write or edit a case study: text, cover, before/after photos and the products it used. */
export function CaseStudyFormDialog({ open, ...props }: CaseStudyFormDialogProps) {
  return (
    <Dialog open={open} onOpenChange={props.onOpenChange}>
      <DialogContent className="max-w-6xl">
        <DialogHeader>
          <DialogTitle>{props.caseStudy ? `Modifier « ${props.caseStudy.title} »` : 'Nouveau cas clinique'}</DialogTitle>
          <DialogDescription>Son adresse (slug) est faite à partir du titre à la création et ne change plus.</DialogDescription>
        </DialogHeader>
        {open && <CaseStudyForm key={props.caseStudy?.id ?? 'new'} {...props} />}
      </DialogContent>
    </Dialog>
  )
}
