import { Suspense } from 'react'
import { Outlet, ScrollRestoration, useNavigation } from 'react-router-dom'

import { SiteFooter } from '@/components/layouts/site-footer'
import { SiteHeader } from '@/components/layouts/site-header'
import { PageSpinner } from '@/components/page-spinner'
import { useAuth } from '@/features/auth/auth-context'
import { AccountMenu } from '@/features/auth/components/account-menu'
import { CartButton } from '@/features/cart/components/cart-button'
import { CartSheetLoader } from '@/features/cart/components/cart-sheet-loader'
import { useShopConfig } from '@/lib/shop-config'
import { cn } from '@/lib/utils'

export function RootLayout() {
  const { store_name: storeName, whatsapp_number: whatsappNumber } = useShopConfig()
  const { user } = useAuth()
  const navigation = useNavigation()
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#contenu"
        className="sr-only z-50 rounded-md bg-primary px-4 py-2 text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Aller au contenu
      </a>
      <SiteHeader
        storeName={storeName}
        actions={
          <>
            <AccountMenu />
            <CartButton />
          </>
        }
      />
      <main id="contenu" className={cn('flex-1 transition-opacity', navigation.state === 'loading' && 'opacity-70')}>
        <Suspense fallback={<PageSpinner />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter storeName={storeName} whatsappNumber={whatsappNumber} />
      <CartSheetLoader customerName={user?.full_name ?? null} />
      <ScrollRestoration />
    </div>
  )
}
