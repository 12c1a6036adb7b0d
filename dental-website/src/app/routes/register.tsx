import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom'
import { toast } from '@/lib/toast'

import { AuthLayout } from '@/components/layouts/auth-layout'
import { useAuth } from '@/features/auth/auth-context'
import { RegisterForm } from '@/features/auth/components/register-form'
import { loginPath, safeNext } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'

export function RegisterRoute() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const { user } = useAuth()
  const next = safeNext(params.get('next'))
  if (user) return <Navigate to={next} replace />

  return (
    <AuthLayout
      title="Créer un compte"
      description="Un compte client pour suivre vos commandes et publier des avis. Gratuit, sans engagement."
      footer={
        <>
          Déjà client ?{' '}
          <Link to={loginPath(params.get('next') ? next : undefined)} className="font-medium text-primary underline underline-offset-2">
            Se connecter
          </Link>
        </>
      }
    >
      <PageMeta title="Créer un compte" description="Créez votre compte client DentalTech Pro : suivi des commandes et avis produits." />
      <RegisterForm
        onSuccess={() => {
          toast.success('Bienvenue ! Votre compte est créé.')
          navigate(next, { replace: true })
        }}
      />
    </AuthLayout>
  )
}

export { RegisterRoute as Component }
