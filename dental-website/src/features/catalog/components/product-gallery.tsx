import { useState } from 'react'

import { ProductImage } from '@/components/product-image'
import { cn } from '@/lib/utils'

export function productImages(images: string[], fallback: string | null) {
  const all = images.length > 0 ? images : fallback ? [fallback] : []
  return [...new Set(all)]
}

export function ProductGallery({ name, images }: { name: string; images: string[] }) {
  const [selected, setSelected] = useState(0)
  const current = Math.min(selected, Math.max(images.length - 1, 0))
  const altFor = (index: number) => (images.length > 1 ? `${name} — photo ${index + 1} sur ${images.length}` : name)

  return (
    <div className="grid gap-3">
      <div className="overflow-hidden rounded-2xl border bg-muted">
        <ProductImage
          src={images[current]}
          alt={altFor(current)}
          loading="eager"
          fetchPriority="high"
          width={800}
          height={800}
          className="aspect-square w-full"
        />
      </div>
      {images.length > 1 && (
        <ul className="flex gap-2 overflow-x-auto pb-1" aria-label="Photos du produit">
          {images.map((src, index) => (
            <li key={src} className="shrink-0">
              <button
                type="button"
                onClick={() => setSelected(index)}
                aria-label={`Voir la photo ${index + 1} sur ${images.length}`}
                aria-pressed={index === current}
                className={cn(
                  'block overflow-hidden rounded-lg border-2 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50',
                  index === current ? 'border-primary' : 'border-transparent opacity-80 hover:opacity-100',
                )}
              >
                <ProductImage src={src} alt="" width={80} height={80} className="size-16 sm:size-20" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
