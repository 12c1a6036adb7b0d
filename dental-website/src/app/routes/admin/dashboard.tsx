/** Placeholder: the admin issue replaces it with KPIs, the orders chart and live stock alerts. */
export function AdminDashboard() {
  return (
    <section className="grid gap-2 rounded-2xl border bg-card p-6">
      <h1 className="text-2xl font-bold">Tableau de bord</h1>
      <p className="text-muted-foreground">Le back office arrive bientôt.</p>
    </section>
  )
}

export { AdminDashboard as Component }
