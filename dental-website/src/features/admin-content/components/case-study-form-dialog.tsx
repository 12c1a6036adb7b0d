import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type Control } from 'react-hook-form'

import { InputField, TextareaField } from '@/components/form/text-fields'
import { FormField, FormItem, FormMessage } from '@/components/ui/form'
import { apiFieldErrors } from '@/lib/api-error'

import { createCaseStudy, updateCaseStudy } from '../api/case-studies'
import { CASE_STUDY_FIELDS, caseStudyPayload, caseStudySchema, caseStudyValues, type CaseStudyValues } from '../content-schema'
import { saveContent } from '../save-content'
import type { AdminCaseStudy } from '../types'
import { EditorDialog } from './editor-dialog'
import { ImageFormField } from './editor-fields'
import { EditorForm } from './editor-form'
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
    await saveContent({
      noun: 'Cas clinique',
      isNew: !caseStudy,
      save: () => (caseStudy ? updateCaseStudy(caseStudy.id, caseStudyPayload(values)) : createCaseStudy(caseStudyPayload(values))),
      setError: form.setError,
      fields: CASE_STUDY_FIELDS,
      onSaved: () => {
        onSaved()
        onOpenChange(false)
      },
      onRefused: (error) => {
        const unknownProducts = apiFieldErrors(error).product_ids
        if (unknownProducts) form.setError('products', { type: 'server', message: unknownProducts })
      },
    })
  }

  return (
    <EditorForm
      form={form}
      onSubmit={onSubmit}
      onClose={() => onOpenChange(false)}
      heading={
        <>
          <InputField control={form.control} name="title" label="Titre" />
          <TextareaField
            control={form.control}
            name="summary"
            label="Résumé"
            rows={3}
            description="Montré dans la liste des cas cliniques et en tête de page (500 caractères au plus)."
          />
        </>
      }
      cover={<ImageFormField name="cover_image_url" label="Image de couverture" kind="case-studies" />}
    >
      <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-[16rem_16rem_1fr]">
        <ImageFormField name="before_image_url" label="Photo avant" kind="case-studies" />
        <ImageFormField name="after_image_url" label="Photo après" kind="case-studies" />
        <div className="sm:col-span-2 lg:col-span-1">
          <ProductsField control={form.control} />
        </div>
      </div>
    </EditorForm>
  )
}

/** Write or edit a case study: text, cover, before/after photos and the products it used. */
export function CaseStudyFormDialog({ open, ...props }: CaseStudyFormDialogProps) {
  return (
    <EditorDialog open={open} onOpenChange={props.onOpenChange} title={props.caseStudy ? `Modifier « ${props.caseStudy.title} »` : 'Nouveau cas clinique'}>
      <CaseStudyForm key={props.caseStudy?.id ?? 'new'} {...props} />
    </EditorDialog>
  )
}
