import type { ReactNode } from 'react'

/** A narrow card for the login, register and reset pages. */
export function AuthLayout({ title, description, children, footer }: { title: string; description: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="bg-gradient-to-b from-teal-50/70 to-white px-4 py-12 sm:py-16">
      <div className="mx-auto grid w-full max-w-md gap-6 rounded-2xl border bg-card p-6 shadow-sm sm:p-8">
        <div className="grid gap-2">
          <h1 className="text-2xl font-bold">{title}</h1>
          <p className="text-sm text-muted-foreground">{description}</p>
        </div>
        {children}
        {footer && <div className="border-t pt-4 text-sm text-muted-foreground">{footer}</div>}
      </div>
    </div>
  )
}
