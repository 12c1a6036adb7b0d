import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom'

import { ToasterLoader } from '@/components/toaster-loader'
import { AuthProvider } from '@/features/auth/auth-context'
import { CartProvider } from '@/features/cart/cart-context'
import { ShopConfigProvider } from '@/lib/shop-config'
import type { ShopConfig } from '@/types/api'

export const TEST_CONFIG: ShopConfig = {
  store_name: 'DentalTech Pro',
  currency: 'MAD',
  whatsapp_number: '+212600000000',
  low_stock_threshold: 10,
}

type Options = { path?: string; url?: string; routes?: RouteObject[] }

/** Renders `ui` at `url` inside the app's providers and a memory router; returns a userEvent too. */
export function renderWithApp(ui: ReactElement, { path = '/', url = path, routes = [] }: Options = {}) {
  const router = createMemoryRouter([{ path, element: ui }, ...routes, { path: '*', element: <p>Autre page</p> }], {
    initialEntries: [url],
  })
  const user = userEvent.setup({ delay: null })
  const result = render(
    <ShopConfigProvider initial={TEST_CONFIG}>
      <AuthProvider>
        <CartProvider>
          <RouterProvider router={router} />
          <ToasterLoader />
        </CartProvider>
      </AuthProvider>
    </ShopConfigProvider>,
  )
  return { ...result, user, router }
}
