import { FileText, LayoutDashboard, MessageSquareText, Microscope, Package, ShoppingBag, Tags, Users, type LucideIcon } from 'lucide-react'

import { paths } from '@/config/paths'

export type NavBadge = 'lowStock'

export type AdminNavItem = { label: string; to: string; icon: LucideIcon; end?: boolean; badge?: NavBadge }

export type AdminNavGroup = { title: string; items: AdminNavItem[] }

/** The admin menu, as data: the sidebar renders it, and the badges are filled in by the layout. */
export const adminNav: AdminNavGroup[] = [
  {
    title: 'Boutique',
    items: [
      { label: 'Tableau de bord', to: paths.admin, icon: LayoutDashboard, end: true, badge: 'lowStock' },
      { label: 'Commandes', to: paths.adminOrders, icon: ShoppingBag },
      { label: 'Produits', to: paths.adminProducts, icon: Package },
      { label: 'Catégories', to: paths.adminCategories, icon: Tags },
    ],
  },
  {
    title: 'Contenu',
    items: [
      { label: 'Articles', to: paths.adminArticles, icon: FileText },
      { label: 'Cas cliniques', to: paths.adminCaseStudies, icon: Microscope },
      { label: 'Avis', to: paths.adminReviews, icon: MessageSquareText },
    ],
  },
  { title: 'Comptes', items: [{ label: 'Utilisateurs', to: paths.adminUsers, icon: Users }] },
]
