import { AlertTriangle } from 'lucide-react'
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom'

import { buttonVariants } from '@/components/ui/button'
import { paths } from '@/config/paths'

function describe(error: unknown) {
  if (isRouteErrorResponse(error) && error.status === 404) return 'Cette page est introuvable.'
  if (error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message)) {
    return 'Une nouvelle version du site est disponible. Rechargez la page.'
  }
  return "Cette page n'a pas pu s'afficher. Réessayez dans un instant."
}

/** The error element of every route: the rest of the site keeps working. */
export function RouteError() {
  const error = useRouteError()
  return (
    <div role="alert" className="mx-auto grid max-w-xl justify-items-center gap-4 px-4 py-20 text-center">
      <AlertTriangle className="size-10 text-amber-600" aria-hidden="true" />
      <h1 className="text-2xl font-bold">Un problème est survenu</h1>
      <p className="text-muted-foreground">{describe(error)}</p>
      <div className="flex flex-wrap justify-center gap-2">
        <button type="button" className={buttonVariants()} onClick={() => window.location.reload()}>
          Recharger la page
        </button>
        <Link to={paths.home} className={buttonVariants({ variant: 'outline' })}>
          Retour à l'accueil
        </Link>
      </div>
    </div>
  )
}
