import { LoaderCircle } from 'lucide-react'

export function PageSpinner({ label = 'Chargement…' }: { label?: string }) {
  return (
    <div role="status" className="grid min-h-[40vh] place-items-center text-muted-foreground">
      <span className="flex items-center gap-2">
        <LoaderCircle className="size-5 animate-spin" aria-hidden="true" />
        {label}
      </span>
    </div>
  )
}
