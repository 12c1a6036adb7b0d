import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'

import { InputField } from '@/components/form/text-fields'
import { Button } from '@/components/ui/button'
import { Form } from '@/components/ui/form'
import { showFormErrors } from '@/lib/form-errors'

import { useAuth } from '../auth-context'
import { loginSchema, type LoginValues } from '../schemas'

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { login } = useAuth()
  const form = useForm<LoginValues>({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } })

  async function onSubmit(values: LoginValues) {
    try {
      await login(values)
      onSuccess()
    } catch (error) {
      showFormErrors(error, form.setError, ['email', 'password'])
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
        <InputField control={form.control} name="email" label="Email" type="email" autoComplete="email" inputMode="email" />
        <InputField control={form.control} name="password" label="Mot de passe" type="password" autoComplete="current-password" />
        <Button type="submit" size="lg" disabled={form.formState.isSubmitting}>
          Se connecter
        </Button>
      </form>
    </Form>
  )
}
