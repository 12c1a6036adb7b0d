import { createBrowserRouter, type RouteObject } from 'react-router-dom'

import { PageSpinner } from '@/components/page-spinner'
import { RequireRole } from '@/features/auth/components/require-role'

import { RootLayout } from './routes/root-layout'
import { RouteError } from './routes/route-error'

/** Every page is its own chunk; the admin area is split away behind <RequireRole role="admin">. */
const siteRoutes: RouteObject[] = [
  { index: true, lazy: () => import('./routes/home') },
  { path: 'produits', lazy: () => import('./routes/products') },
  { path: 'produits/:slug', lazy: () => import('./routes/product') },
  { path: 'articles', lazy: () => import('./routes/articles') },
  { path: 'articles/:slug', lazy: () => import('./routes/article') },
  { path: 'cas-cliniques', lazy: () => import('./routes/case-studies') },
  { path: 'cas-cliniques/:slug', lazy: () => import('./routes/case-study') },
  { path: 'connexion', lazy: () => import('./routes/login') },
  { path: 'inscription', lazy: () => import('./routes/register') },
  { path: 'reinitialiser', lazy: () => import('./routes/reset-password') },
  { path: 'compte', lazy: () => import('./routes/account') },
  { path: '*', lazy: () => import('./routes/not-found') },
]

const adminRoutes: RouteObject[] = [
  { index: true, lazy: () => import('./routes/admin/dashboard') },
  { path: 'commandes', lazy: () => import('./routes/admin/orders') },
  { path: 'produits', lazy: () => import('./routes/admin/products') },
  { path: 'categories', lazy: () => import('./routes/admin/categories') },
  { path: 'avis', lazy: () => import('./routes/admin/reviews') },
  { path: 'articles', lazy: () => import('./routes/admin/articles') },
  { path: 'cas-cliniques', lazy: () => import('./routes/admin/case-studies') },
  { path: 'utilisateurs', lazy: () => import('./routes/admin/users') },
  { path: '*', lazy: () => import('./routes/admin/placeholder') },
]

const withErrors = (routes: RouteObject[]): RouteObject[] =>
  routes.map((route) => ({ ...route, errorElement: <RouteError /> }) as RouteObject)

export const routes: RouteObject[] = [
  {
    path: '/admin',
    element: <RequireRole role="admin" />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageSpinner />,
    children: [{ lazy: () => import('./routes/admin/layout'), errorElement: <RouteError />, children: withErrors(adminRoutes) }],
  },
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageSpinner />,
    children: withErrors(siteRoutes),
  },
]

export function createAppRouter() {
  return createBrowserRouter(routes)
}
