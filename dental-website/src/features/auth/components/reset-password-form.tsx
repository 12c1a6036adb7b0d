import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'

import { InputField } from '@/components/form/text-fields'
import { Button } from '@/components/ui/button'
import { Form } from '@/components/ui/form'
import { showFormErrors } from '@/lib/form-errors'

import { resetPassword } from '../api/reset-password'
import { PASSWORD_HINT, resetPasswordSchema, type ResetPasswordValues } from '../schemas'

export function ResetPasswordForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const form = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { new_password: '', confirm_password: '' },
  })

  async function onSubmit(values: ResetPasswordValues) {
    try {
      await resetPassword({ token, new_password: values.new_password })
      onSuccess()
    } catch (error) {
      showFormErrors(error, form.setError, ['new_password'])
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
        <InputField control={form.control} name="new_password" label="Nouveau mot de passe" description={PASSWORD_HINT} type="password" autoComplete="new-password" />
        <InputField control={form.control} name="confirm_password" label="Confirmer le mot de passe" type="password" autoComplete="new-password" />
        <Button type="submit" size="lg" disabled={form.formState.isSubmitting}>
          Enregistrer le nouveau mot de passe
        </Button>
      </form>
    </Form>
  )
}
