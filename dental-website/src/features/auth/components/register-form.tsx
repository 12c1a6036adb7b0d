import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'

import { InputField } from '@/components/form/text-fields'
import { Button } from '@/components/ui/button'
import { Form } from '@/components/ui/form'
import { showFormErrors } from '@/lib/form-errors'

import { useAuth } from '../auth-context'
import { PASSWORD_HINT, registerSchema, type RegisterValues } from '../schemas'

const FIELDS = ['full_name', 'email', 'phone', 'password'] as const

export function RegisterForm({ onSuccess }: { onSuccess: () => void }) {
  const { register } = useAuth()
  const form = useForm<RegisterValues>({
    resolver: zodResolver(registerSchema),
    defaultValues: { full_name: '', email: '', phone: '', password: '' },
  })

  async function onSubmit({ phone, ...values }: RegisterValues) {
    try {
      await register(phone ? { ...values, phone } : values)
      onSuccess()
    } catch (error) {
      showFormErrors(error, form.setError, FIELDS)
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
        <InputField control={form.control} name="full_name" label="Nom complet" autoComplete="name" />
        <InputField control={form.control} name="email" label="Email" type="email" autoComplete="email" inputMode="email" />
        <InputField control={form.control} name="phone" label="Téléphone (facultatif)" type="tel" autoComplete="tel" inputMode="tel" />
        <InputField control={form.control} name="password" label="Mot de passe" description={PASSWORD_HINT} type="password" autoComplete="new-password" />
        <Button type="submit" size="lg" disabled={form.formState.isSubmitting}>
          Créer un compte
        </Button>
      </form>
    </Form>
  )
}
