import { Link } from 'react-router-dom'

import { ProductImage } from '@/components/product-image'
import { formatDate, frenchSpacing } from '@/lib/format'

type ContentCardProps = {
  href: string
  title: string
  summary: string | null
  imageUrl: string | null
  date: string | null
  meta?: string | null
  kicker: string
}

/** A card of the articles and case studies lists. */
export function ContentCard({ href, title, summary, imageUrl, date, meta, kicker }: ContentCardProps) {
  return (
    <article className="group flex h-full flex-col overflow-hidden rounded-xl border bg-card shadow-xs transition-shadow hover:shadow-md">
      <Link to={href} tabIndex={-1} aria-hidden="true" className="block overflow-hidden">
        <ProductImage src={imageUrl} alt="" width={640} height={360} className="aspect-video w-full transition-transform duration-300 group-hover:scale-[1.03]" />
      </Link>
      <div className="flex flex-1 flex-col gap-2 p-5">
        <p className="text-xs font-medium tracking-wide text-primary uppercase">{kicker}</p>
        <h3 className="text-lg leading-snug font-semibold">
          <Link to={href} className="hover:text-primary hover:underline">
            {frenchSpacing(title)}
          </Link>
        </h3>
        {summary && <p className="line-clamp-3 text-sm leading-6 text-muted-foreground">{frenchSpacing(summary)}</p>}
        <p className="mt-auto pt-2 text-xs text-muted-foreground">
          {date && <time dateTime={date}>{formatDate(date)}</time>}
          {meta && <span> · {meta}</span>}
        </p>
      </div>
    </article>
  )
}
