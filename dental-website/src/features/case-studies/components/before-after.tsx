import { ProductImage } from '@/components/product-image'
import type { CaseStudy } from '@/types/api'

/** The before and after photos side by side (stacked on phones), each with its caption. */
export function BeforeAfter({ caseStudy }: { caseStudy: CaseStudy }) {
  const photos = [
    { label: 'Avant', src: caseStudy.before_image_url },
    { label: 'Après', src: caseStudy.after_image_url },
  ].filter((photo) => photo.src)
  if (photos.length === 0) return null
  return (
    <section aria-labelledby="before-after-title" className="grid gap-3">
      <h2 id="before-after-title" className="text-xl font-semibold">
        Avant / après
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {photos.map((photo) => (
          <figure key={photo.label} className="overflow-hidden rounded-xl border bg-card">
            <ProductImage
              src={photo.src}
              alt={`${caseStudy.title} — ${photo.label.toLowerCase()} le traitement`}
              width={800}
              height={600}
              className="aspect-[4/3] w-full"
            />
            <figcaption className="px-4 py-2 text-sm font-medium">{photo.label}</figcaption>
          </figure>
        ))}
      </div>
    </section>
  )
}
