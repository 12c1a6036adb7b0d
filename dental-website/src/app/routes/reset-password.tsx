import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { toast } from '@/lib/toast'

import { AuthLayout } from '@/components/layouts/auth-layout'
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form'
import { paths } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'

export function ResetPasswordRoute() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const token = params.get('token') ?? ''

  return (
    <AuthLayout
      title="Nouveau mot de passe"
      description="Choisissez un nouveau mot de passe pour votre compte."
      footer={
        <Link to={paths.login} className="font-medium text-primary underline underline-offset-2">
          Retour à la connexion
        </Link>
      }
    >
      <PageMeta title="Réinitialiser le mot de passe" description="Choisissez un nouveau mot de passe pour votre compte DentalTech Pro." />
      {token ? (
        <ResetPasswordForm
          token={token}
          onSuccess={() => {
            toast.success('Mot de passe modifié. Connectez-vous avec le nouveau.')
            navigate(paths.login, { replace: true })
          }}
        />
      ) : (
        <p role="alert" className="rounded-lg bg-amber-50 p-4 text-sm text-amber-950">
          Ce lien de réinitialisation est incomplet. Demandez un nouveau lien à notre équipe sur WhatsApp.
        </p>
      )}
    </AuthLayout>
  )
}

export { ResetPasswordRoute as Component }
