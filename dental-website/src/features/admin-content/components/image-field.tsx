import { ImagePlus, Trash2 } from 'lucide-react'
import { useId, useState, type ChangeEvent } from 'react'

import { Button } from '@/components/ui/button'
import { handleApiError } from '@/lib/api-error'

import { uploadImage } from '../api/upload-image'
import type { UploadKind } from '../types'

type ImageFieldProps = { label: string; value: string | null; onChange: (url: string | null) => void; kind: UploadKind }

/** One image, uploaded through /api/admin/uploads as soon as it is chosen, previewed, replaced or removed. */
export function ImageField({ label, value, onChange, kind }: ImageFieldProps) {
  const labelId = useId()
  const [uploading, setUploading] = useState(false)

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setUploading(true)
    try {
      onChange((await uploadImage(file, kind)).url)
    } catch (error) {
      handleApiError(error, "L'image n'a pas pu être envoyée.")
    } finally {
      setUploading(false)
    }
  }

  return (
    <div role="group" aria-labelledby={labelId} className="grid content-start gap-2">
      <span id={labelId} className="text-sm font-medium">
        {label}
      </span>
      {value ? (
        <img src={value} alt={`${label} (aperçu)`} className="aspect-video w-full rounded-md border object-cover" />
      ) : (
        <div className="flex aspect-video w-full items-center justify-center rounded-md border border-dashed text-sm text-muted-foreground">Aucune image</div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <label className="inline-flex w-fit cursor-pointer items-center gap-2 rounded-md border border-dashed px-3 py-1.5 text-sm font-medium hover:bg-accent focus-within:ring-[3px] focus-within:ring-ring/50">
          <ImagePlus className="size-4" aria-hidden="true" />
          {uploading ? 'Envoi en cours…' : value ? 'Remplacer' : 'Choisir une image'}
          <input type="file" accept="image/jpeg,image/png,image/webp" className="sr-only" onChange={onFile} disabled={uploading} />
        </label>
        {value && (
          <Button type="button" variant="ghost" size="sm" onClick={() => onChange(null)}>
            <Trash2 aria-hidden="true" />
            Retirer<span className="sr-only"> : {label}</span>
          </Button>
        )}
      </div>
    </div>
  )
}
