import { Link, Navigate } from 'react-router-dom'
import { toast } from '@/lib/toast'

import { AuthLayout } from '@/components/layouts/auth-layout'
import { useAuth } from '@/features/auth/auth-context'
import { LoginForm } from '@/features/auth/components/login-form'
import { useReturnPath } from '@/features/auth/use-return-path'
import { paths } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'

export function LoginRoute() {
  const { user } = useAuth()
  const { next, askedNext, returnToNext } = useReturnPath()
  if (user) return <Navigate to={next} replace />

  return (
    <AuthLayout
      title="Se connecter"
      description="Retrouvez vos commandes et donnez votre avis sur les produits."
      footer={
        <>
          Pas encore de compte ?{' '}
          <Link to={askedNext ? `${paths.register}?next=${encodeURIComponent(askedNext)}` : paths.register} className="font-medium text-primary underline underline-offset-2">
            Créer un compte
          </Link>
          <p className="mt-2">Mot de passe oublié ? Écrivez-nous sur WhatsApp : nous vous enverrons un lien de réinitialisation.</p>
        </>
      }
    >
      <PageMeta title="Connexion" description="Connectez-vous à votre compte DentalTech Pro pour suivre vos commandes." />
      <LoginForm
        onSuccess={() => {
          toast.success('Vous êtes connecté.')
          returnToNext()
        }}
      />
    </AuthLayout>
  )
}

export { LoginRoute as Component }
