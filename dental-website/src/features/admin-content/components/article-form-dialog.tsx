import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'

import { InputField, TextareaField } from '@/components/form/text-fields'

import { createArticle, updateArticle } from '../api/articles'
import { ARTICLE_FIELDS, articlePayload, articleSchema, articleValues, type ArticleValues } from '../content-schema'
import { saveContent } from '../save-content'
import type { AdminArticle } from '../types'
import { EditorDialog } from './editor-dialog'
import { ImageFormField } from './editor-fields'
import { EditorForm } from './editor-form'

type ArticleFormDialogProps = { open: boolean; article: AdminArticle | null; onOpenChange: (open: boolean) => void; onSaved: () => void }

export function ArticleForm({ article, onOpenChange, onSaved }: Omit<ArticleFormDialogProps, 'open'>) {
  const form = useForm<ArticleValues>({ resolver: zodResolver(articleSchema), defaultValues: articleValues(article) })

  async function onSubmit(values: ArticleValues) {
    await saveContent({
      noun: 'Article',
      isNew: !article,
      save: () => (article ? updateArticle(article.id, articlePayload(values)) : createArticle(articlePayload(values))),
      setError: form.setError,
      fields: ARTICLE_FIELDS,
      onSaved: () => {
        onSaved()
        onOpenChange(false)
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
            name="excerpt"
            label="Chapô"
            rows={3}
            description="Le résumé montré dans la liste des articles (500 caractères au plus)."
          />
        </>
      }
      cover={<ImageFormField name="image_url" label="Image de couverture" kind="articles" />}
    />
  )
}

/** Write or edit an article: Markdown with a live preview, a cover image, draft or published. */
export function ArticleFormDialog({ open, ...props }: ArticleFormDialogProps) {
  return (
    <EditorDialog open={open} onOpenChange={props.onOpenChange} title={props.article ? `Modifier « ${props.article.title} »` : 'Nouvel article'}>
      <ArticleForm key={props.article?.id ?? 'new'} {...props} />
    </EditorDialog>
  )
}
