import type { ReactNode } from 'react'

import { ErrorBoundary } from '@/components/error-boundary'
import { ToasterLoader } from '@/components/toaster-loader'
import { AuthProvider } from '@/features/auth/auth-context'
import { CartProvider } from '@/features/cart/cart-context'
import { ShopConfigProvider } from '@/lib/shop-config'

function CrashPage() {
  return (
    <main className="grid min-h-screen place-content-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-bold">Une erreur inattendue est survenue</h1>
      <p className="text-muted-foreground">Rechargez la page ; votre panier est conservé.</p>
      <button type="button" className="font-medium text-primary underline" onClick={() => window.location.reload()}>
        Recharger la page
      </button>
    </main>
  )
}

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={<CrashPage />}>
      <ShopConfigProvider>
        <AuthProvider>
          <CartProvider>
            {children}
            <ToasterLoader />
          </CartProvider>
        </AuthProvider>
      </ShopConfigProvider>
    </ErrorBoundary>
  )
}
