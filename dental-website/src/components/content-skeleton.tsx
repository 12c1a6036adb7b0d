import { Skeleton } from '@/components/ui/skeleton'

export function ContentSkeleton() {
  return (
    <div className="grid gap-4" role="status" aria-label="Chargement">
      <Skeleton className="h-10 w-3/4" />
      <Skeleton className="aspect-video w-full rounded-2xl" />
      <Skeleton className="h-40 w-full" />
    </div>
  )
}
