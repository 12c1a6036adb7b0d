import { AlertCircle, RotateCw } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { apiErrorMessage } from '@/lib/api-error'

/** A panel that failed to load: says why (the API's message) and offers to try again. */
export function ErrorPanel({ error, onRetry, title = 'Chargement impossible' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <div role="alert" className="grid justify-items-center gap-3 rounded-xl border border-dashed p-8 text-center">
      <AlertCircle className="size-8 text-destructive" aria-hidden="true" />
      <p className="font-semibold">{title}</p>
      <p className="max-w-md text-sm text-muted-foreground">{apiErrorMessage(error)}</p>
      {onRetry && (
        <Button variant="outline" onClick={onRetry}>
          <RotateCw aria-hidden="true" />
          Réessayer
        </Button>
      )}
    </div>
  )
}
