import { lazy, Suspense } from 'react'

const Toaster = lazy(() => import('@/components/ui/sonner').then((module) => ({ default: module.Toaster })))

export function ToasterLoader() {
  return (
    <Suspense fallback={null}>
      <Toaster />
    </Suspense>
  )
}
