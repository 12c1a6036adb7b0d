import type { ReactNode } from 'react'

import { cn } from '@/lib/utils'

export function PageContainer({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn('mx-auto w-full max-w-7xl px-4 py-8 lg:px-6', className)}>{children}</div>
}
