/** Placeholder for /admin/* pages until the admin issue writes them. */
export function AdminPlaceholder() {
  return (
    <section className="grid gap-2 rounded-2xl border bg-card p-6">
      <h1 className="text-2xl font-bold">Page en préparation</h1>
      <p className="text-muted-foreground">Cette page d'administration n'existe pas encore.</p>
    </section>
  )
}

export { AdminPlaceholder as Component }
