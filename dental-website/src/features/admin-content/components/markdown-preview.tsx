import { useDeferredValue } from 'react'

import { Markdown } from '@/components/markdown'

/** What the visitor will see, rendered as the site renders it (raw HTML dropped), a beat behind the typing. */
export function MarkdownPreview({ source }: { source: string }) {
  const deferred = useDeferredValue(source)
  return (
    <section aria-label="Aperçu" tabIndex={0} className="max-h-[32rem] min-h-40 overflow-y-auto rounded-md border bg-card p-4 focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none">
      <p className="mb-3 text-xs font-medium tracking-wide text-muted-foreground uppercase" aria-hidden="true">
        Aperçu
      </p>
      {deferred.trim() ? <Markdown>{deferred}</Markdown> : <p className="text-sm text-muted-foreground">L'aperçu du texte apparaît ici.</p>}
    </section>
  )
}
