import { useFormContext } from 'react-hook-form'

import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form'
import { Switch } from '@/components/ui/switch'
import { Textarea } from '@/components/ui/textarea'

import type { UploadKind } from '../types'
import { ImageField } from './image-field'
import { MarkdownPreview } from './markdown-preview'

// The fields both editors share; each reads its value from the form around it by name.

export function ImageFormField({ name, label, kind }: { name: string; label: string; kind: UploadKind }) {
  const { control } = useFormContext()
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <ImageField label={label} value={field.value} onChange={field.onChange} kind={kind} />
          <FormMessage />
        </FormItem>
      )}
    />
  )
}

export function PublishedField() {
  const { control } = useFormContext()
  return (
    <FormField
      control={control}
      name="published"
      render={({ field }) => (
        <FormItem>
          <div className="flex items-center gap-3">
            <FormControl>
              <Switch checked={field.value} onCheckedChange={field.onChange} />
            </FormControl>
            <FormLabel>Publié (visible sur le site)</FormLabel>
          </div>
          <FormDescription>Sinon, il reste un brouillon que seuls les administrateurs voient.</FormDescription>
        </FormItem>
      )}
    />
  )
}

/** The Markdown text and, beside it, the page as visitors will see it. */
export function MarkdownField() {
  const { control } = useFormContext()
  return (
    <FormField
      control={control}
      name="content"
      render={({ field }) => (
        <FormItem>
          <FormLabel>Contenu (Markdown)</FormLabel>
          <div className="grid gap-3 lg:grid-cols-2">
            <FormControl>
              <Textarea rows={14} className="min-h-64 font-mono text-sm" {...field} />
            </FormControl>
            <MarkdownPreview source={field.value} />
          </div>
          <FormDescription>## Titre, **gras**, *italique*, - listes, [lien](https://…). Le HTML n'est pas affiché.</FormDescription>
          <FormMessage />
        </FormItem>
      )}
    />
  )
}
