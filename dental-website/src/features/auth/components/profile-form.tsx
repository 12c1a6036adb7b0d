import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { toast } from '@/lib/toast'

import { InputField } from '@/components/form/text-fields'
import { Button } from '@/components/ui/button'
import { Form } from '@/components/ui/form'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { showFormErrors } from '@/lib/form-errors'
import type { User } from '@/types/api'

import { updateProfile } from '../api/update-profile'
import { useAuth } from '../auth-context'
import { profileSchema, type ProfileValues } from '../schemas'

export function ProfileForm({ user }: { user: User }) {
  const { setUser } = useAuth()
  const form = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: { full_name: user.full_name, phone: user.phone ?? '' },
  })

  async function onSubmit(values: ProfileValues) {
    try {
      const updated = await updateProfile({ full_name: values.full_name, phone: values.phone || null })
      setUser(updated)
      form.reset({ full_name: updated.full_name, phone: updated.phone ?? '' })
      toast.success('Profil enregistré.')
    } catch (error) {
      showFormErrors(error, form.setError, ['full_name', 'phone'])
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
        <div className="grid gap-2">
          <Label htmlFor="profile-email">Email</Label>
          <Input id="profile-email" value={user.email} readOnly disabled />
        </div>
        <InputField control={form.control} name="full_name" label="Nom complet" autoComplete="name" />
        <InputField control={form.control} name="phone" label="Téléphone" type="tel" autoComplete="tel" />
        <Button type="submit" className="justify-self-start" disabled={form.formState.isSubmitting}>
          Enregistrer
        </Button>
      </form>
    </Form>
  )
}
