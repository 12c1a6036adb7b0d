import { Link, Navigate } from 'react-router-dom'
import { toast } from '@/lib/toast'

import { AuthLayout } from '@/components/layouts/auth-layout'
import { useAuth } from '@/features/auth/auth-context'
import { RegisterForm } from '@/features/auth/components/register-form'
import { useReturnPath } from '@/features/auth/use-return-path'
import { loginPath } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'

export function RegisterRoute() {
  const { user } = useAuth()
  const { next, askedNext, returnToNext } = useReturnPath()
  if (user) return <Navigate to={next} replace />

  return (
    <AuthLayout
      title="Créer un compte"
      description="Un compte client pour suivre vos commandes et publier des avis. Gratuit, sans engagement."
      footer={
        <>
          Déjà client ?{' '}
          <Link to={loginPath(askedNext)} className="font-medium text-primary underline underline-offset-2">
            Se connecter
          </Link>
        </>
      }
    >
      <PageMeta title="Créer un compte" description="Créez votre compte client DentalTech Pro : suivi des commandes et avis produits." />
      <RegisterForm
        onSuccess={() => {
          toast.success('Bienvenue ! Votre compte est créé.')
          returnToNext()
        }}
      />
    </AuthLayout>
  )
}

export { RegisterRoute as Component }
