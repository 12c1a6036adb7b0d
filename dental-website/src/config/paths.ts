/** Every route of the site, in one place. */
export const paths = {
  home: '/',
  products: '/produits',
  product: (slug: string) => `/produits/${slug}`,
  articles: '/articles',
  article: (slug: string) => `/articles/${slug}`,
  caseStudies: '/cas-cliniques',
  caseStudy: (slug: string) => `/cas-cliniques/${slug}`,
  login: '/connexion',
  register: '/inscription',
  resetPassword: '/reinitialiser',
  account: '/compte',
  admin: '/admin',
  adminProducts: '/admin/produits',
  adminProduct: (id: number) => `/admin/produits?modifier=${id}`,
  adminCategories: '/admin/categories',
  adminOrders: '/admin/commandes',
  adminArticles: '/admin/articles',
  adminCaseStudies: '/admin/cas-cliniques',
  adminReviews: '/admin/avis',
  adminUsers: '/admin/utilisateurs',
} as const

export const mainNav = [
  { label: 'Catalogue', to: paths.products },
  { label: 'Articles', to: paths.articles },
  { label: 'Cas cliniques', to: paths.caseStudies },
] as const

/** A login link that brings the visitor back where they were. */
export function loginPath(next?: string) {
  return next && next !== paths.login ? `${paths.login}?next=${encodeURIComponent(next)}` : paths.login
}
