import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { toast } from '@/lib/toast'

import { TextareaField } from '@/components/form/text-fields'
import { Button } from '@/components/ui/button'
import { Form, FormField, FormItem, FormMessage } from '@/components/ui/form'
import { apiErrorStatus } from '@/lib/api-error'
import { showFormErrors } from '@/lib/form-errors'

import { createReview } from '../api/create-review'
import { reviewSchema, type ReviewValues } from '../review-schema'
import { RatingInput } from './rating-input'

export function ReviewForm({ slug, onCreated }: { slug: string; onCreated: () => void }) {
  const form = useForm<ReviewValues>({ resolver: zodResolver(reviewSchema), defaultValues: { rating: 0, comment: '' } })

  async function onSubmit(values: ReviewValues) {
    try {
      await createReview(slug, values)
      form.reset()
      toast.success('Merci ! Votre avis est publié.')
      onCreated()
    } catch (error) {
      if (apiErrorStatus(error) === 409) form.setError('root', { message: 'Vous avez déjà donné votre avis sur ce produit.' })
      showFormErrors(error, form.setError, ['rating', 'comment'])
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4 rounded-xl border bg-muted p-4" noValidate>
        <h3 className="text-base font-semibold">Donner votre avis</h3>
        <FormField
          control={form.control}
          name="rating"
          render={({ field, fieldState }) => (
            <FormItem>
              <RatingInput value={field.value} onChange={field.onChange} invalid={!!fieldState.error} />
              <FormMessage />
            </FormItem>
          )}
        />
        <TextareaField control={form.control} name="comment" label="Votre commentaire" rows={4} placeholder="Qualité, usage au cabinet, livraison…" />
        {form.formState.errors.root && (
          <p role="alert" className="text-sm font-medium text-destructive">
            {form.formState.errors.root.message}
          </p>
        )}
        <Button type="submit" className="justify-self-start" disabled={form.formState.isSubmitting}>
          Publier mon avis
        </Button>
      </form>
    </Form>
  )
}
