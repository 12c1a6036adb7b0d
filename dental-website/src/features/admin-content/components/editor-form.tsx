import type { ReactNode } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'

import { FormDialogFooter } from '@/components/form/form-dialog'
import { Form } from '@/components/ui/form'

import { MarkdownField, PublishedField } from './editor-fields'

type EditorFormProps<TValues extends FieldValues> = {
  form: UseFormReturn<TValues>
  onSubmit: (values: TValues) => Promise<void>
  onClose: () => void
  /** The title and summary, shown above the published switch. */
  heading: ReactNode
  cover: ReactNode
  /** Fields of one kind of content only, placed before the Markdown. */
  children?: ReactNode
}

/** The layout both content editors share: heading and status beside the cover, then the Markdown and the buttons. */
export function EditorForm<TValues extends FieldValues>({ form, onSubmit, onClose, heading, cover, children }: EditorFormProps<TValues>) {
  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-5" noValidate>
        <div className="grid gap-5 md:grid-cols-[1fr_16rem]">
          <div className="grid content-start gap-4">
            {heading}
            <PublishedField />
          </div>
          {cover}
        </div>
        {children}
        <MarkdownField />
        <FormDialogFooter busy={form.formState.isSubmitting} onClose={onClose} />
      </form>
    </Form>
  )
}
