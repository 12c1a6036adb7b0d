import { KeyRound, Package, UserRound, type LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'

import { PageContainer } from '@/components/layouts/page-container'
import { PageHeader } from '@/components/page-header'
import { useAuth } from '@/features/auth/auth-context'
import { ChangePasswordForm } from '@/features/auth/components/change-password-form'
import { ProfileForm } from '@/features/auth/components/profile-form'
import { RequireRole } from '@/features/auth/components/require-role'
import { OrderHistory } from '@/features/orders/components/order-history'
import { paths } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'

function Panel({ id, title, icon: Icon, children }: { id: string; title: string; icon: LucideIcon; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="grid content-start gap-4 rounded-2xl border bg-card p-5 sm:p-6">
      <h2 id={id} className="flex items-center gap-2 text-lg font-semibold">
        <Icon className="size-5 text-primary" aria-hidden="true" />
        {title}
      </h2>
      {children}
    </section>
  )
}

function AccountPage() {
  const { user } = useAuth()
  if (!user) return null
  return (
    <PageContainer>
      <PageHeader crumbs={[{ label: 'Accueil', to: paths.home }, { label: 'Mon compte' }]} title="Mon compte">
        Bonjour {user.full_name}. Retrouvez ici vos commandes et vos informations.
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[1.4fr_1fr]">
        <Panel id="orders-title" title="Mes commandes" icon={Package}>
          <OrderHistory />
        </Panel>
        <div className="grid content-start gap-6">
          <Panel id="profile-title" title="Mes informations" icon={UserRound}>
            <ProfileForm user={user} />
          </Panel>
          <Panel id="password-title" title="Mot de passe" icon={KeyRound}>
            <ChangePasswordForm />
          </Panel>
        </div>
      </div>
    </PageContainer>
  )
}

export function AccountRoute() {
  return (
    <>
      <PageMeta title="Mon compte" description="Vos commandes, leur état, et vos informations de compte." />
      <RequireRole>
        <AccountPage />
      </RequireRole>
    </>
  )
}

export { AccountRoute as Component }
