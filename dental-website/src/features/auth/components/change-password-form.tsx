import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { toast } from '@/lib/toast'

import { InputField } from '@/components/form/text-fields'
import { Button } from '@/components/ui/button'
import { Form } from '@/components/ui/form'
import { setAccessToken } from '@/lib/access-token'
import { showFormErrors } from '@/lib/form-errors'

import { changePassword } from '../api/change-password'
import { changePasswordSchema, type ChangePasswordValues } from '../schemas'

const EMPTY = { current_password: '', new_password: '', confirm_password: '' }

export function ChangePasswordForm() {
  const form = useForm<ChangePasswordValues>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY })

  async function onSubmit(values: ChangePasswordValues) {
    try {
      const tokens = await changePassword({ current_password: values.current_password, new_password: values.new_password })
      setAccessToken(tokens.access_token)
      form.reset(EMPTY)
      toast.success('Mot de passe modifié. Vos autres sessions ont été déconnectées.')
    } catch (error) {
      showFormErrors(error, form.setError, ['current_password', 'new_password'])
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
        <InputField control={form.control} name="current_password" label="Mot de passe actuel" type="password" autoComplete="current-password" />
        <InputField control={form.control} name="new_password" label="Nouveau mot de passe" type="password" autoComplete="new-password" />
        <InputField control={form.control} name="confirm_password" label="Confirmer le nouveau mot de passe" type="password" autoComplete="new-password" />
        <Button type="submit" className="justify-self-start" disabled={form.formState.isSubmitting}>
          Changer le mot de passe
        </Button>
      </form>
    </Form>
  )
}
