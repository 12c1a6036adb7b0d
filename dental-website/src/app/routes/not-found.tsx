import { SearchX } from 'lucide-react'
import { Link } from 'react-router-dom'

import { buttonVariants } from '@/components/ui/button'
import { paths } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'

export function NotFound({ title = 'Page introuvable', message }: { title?: string; message?: string }) {
  return (
    <div className="mx-auto grid max-w-xl justify-items-center gap-4 px-4 py-20 text-center">
      <PageMeta title={title} description="Cette page n'existe pas ou a été déplacée." />
      <SearchX className="size-12 text-primary" aria-hidden="true" />
      <p className="text-sm font-semibold text-primary">Erreur 404</p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-muted-foreground">{message ?? "La page que vous cherchez n'existe pas ou a été déplacée."}</p>
      <div className="flex flex-wrap justify-center gap-2">
        <Link to={paths.home} className={buttonVariants()}>
          Retour à l'accueil
        </Link>
        <Link to={paths.products} className={buttonVariants({ variant: 'outline' })}>
          Voir le catalogue
        </Link>
      </div>
    </div>
  )
}

export { NotFound as Component }
