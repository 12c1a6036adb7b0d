import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Form } from '@/components/ui/form'
import { showFormErrors } from '@/lib/form-errors'
import { toast } from '@/lib/toast'

import { createArticle, updateArticle } from '../api/articles'
import { savedMessage } from '../content-messages'
import { ARTICLE_FIELDS, articlePayload, articleSchema, articleValues, type ArticleValues } from '../content-schema'
import type { AdminArticle } from '../types'
import { EditorFooter } from './editor-footer'
import { ImageFormField, MarkdownField, PublishedField, TextField } from './editor-fields'

type ArticleFormDialogProps = { open: boolean; article: AdminArticle | null; onOpenChange: (open: boolean) => void; onSaved: () => void }

export function ArticleForm({ article, onOpenChange, onSaved }: Omit<ArticleFormDialogProps, 'open'>) {
  const form = useForm<ArticleValues>({ resolver: zodResolver(articleSchema), defaultValues: articleValues(article) })

  async function onSubmit(values: ArticleValues) {
    try {
      const payload = articlePayload(values)
      const saved = article ? await updateArticle(article.id, payload) : await createArticle(payload)
      toast.success(savedMessage('Article', saved.title, !article, saved.status === 'published'))
      onSaved()
      onOpenChange(false)
    } catch (error) {
      showFormErrors(error, form.setError, ARTICLE_FIELDS)
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-5" noValidate>
        <div className="grid gap-5 md:grid-cols-[1fr_16rem]">
          <div className="grid content-start gap-4">
            <TextField name="title" label="Titre" />
            <TextField name="excerpt" label="Chapô" rows={3} description="Le résumé montré dans la liste des articles (500 caractères au plus)." />
            <PublishedField />
          </div>
          <ImageFormField name="image_url" label="Image de couverture" kind="articles" />
        </div>
        <MarkdownField />
        <EditorFooter busy={form.formState.isSubmitting} onClose={() => onOpenChange(false)} />
      </form>
    </Form>
  )
}

/** Write or edit an article: Markdown with a live preview, a cover image, draft or published. */
export function ArticleFormDialog({ open, ...props }: ArticleFormDialogProps) {
  return (
    <Dialog open={open} onOpenChange={props.onOpenChange}>
      <DialogContent className="max-w-6xl">
        <DialogHeader>
          <DialogTitle>{props.article ? `Modifier « ${props.article.title} »` : 'Nouvel article'}</DialogTitle>
          <DialogDescription>Son adresse (slug) est faite à partir du titre à la création et ne change plus.</DialogDescription>
        </DialogHeader>
        {open && <ArticleForm key={props.article?.id ?? 'new'} {...props} />}
      </DialogContent>
    </Dialog>
  )
}
