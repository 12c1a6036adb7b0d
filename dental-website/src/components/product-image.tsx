import { ImageOff } from 'lucide-react'

import { cn } from '@/lib/utils'

type ProductImageProps = {
  src: string | null | undefined
  alt: string
  className?: string
  sizes?: string
  loading?: 'eager' | 'lazy'
  fetchPriority?: 'high' | 'low' | 'auto'
  width?: number
  height?: number
}

/** An image of the catalogue, or a neutral placeholder when there is none. */
export function ProductImage({ src, alt, className, loading = 'lazy', width = 600, height = 600, ...props }: ProductImageProps) {
  if (!src) {
    return (
      <div role="img" aria-label={alt} className={cn('grid place-items-center bg-muted text-muted-foreground', className)}>
        <ImageOff className="size-8" aria-hidden="true" />
      </div>
    )
  }
  return (
    <img
      src={src}
      alt={alt}
      loading={loading}
      decoding="async"
      width={width}
      height={height}
      className={cn('bg-muted object-cover', className)}
      {...props}
    />
  )
}
