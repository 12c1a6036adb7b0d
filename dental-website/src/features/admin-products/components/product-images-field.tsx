import { ArrowLeft, ArrowRight, ImagePlus, Trash2 } from 'lucide-react'
import { useState, type ChangeEvent } from 'react'

import { Button } from '@/components/ui/button'
import { handleApiError } from '@/lib/api-error'

import { uploadImage } from '../api/upload-image'

type ProductImagesFieldProps = { value: string[]; onChange: (images: string[]) => void; name: string }

function move(images: string[], from: number, to: number) {
  const next = [...images]
  const [image] = next.splice(from, 1)
  next.splice(to, 0, image)
  return next
}

/** Several images, uploaded through /api/admin/uploads, previewed, reordered (the first is the cover), removed. */
export function ProductImagesField({ value, onChange, name }: ProductImagesFieldProps) {
  const [uploading, setUploading] = useState(false)

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])]
    event.target.value = ''
    setUploading(true)
    let images = value
    try {
      for (const file of files) {
        images = [...images, (await uploadImage(file)).url]
        onChange(images)
      }
    } catch (error) {
      handleApiError(error, "L'image n'a pas pu être envoyée.")
    } finally {
      setUploading(false)
    }
  }

  return (
    <div className="grid gap-3">
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-3" aria-label="Images du produit">
          {value.map((url, index) => (
            <li key={url} className="grid w-28 gap-1 rounded-md border p-1">
              <img src={url} alt={`${name} — image ${index + 1}${index === 0 ? ' (couverture)' : ''}`} className="aspect-square w-full rounded object-cover" />
              <div className="flex justify-between">
                <Button type="button" variant="ghost" size="icon" className="size-8" disabled={index === 0} onClick={() => onChange(move(value, index, index - 1))} aria-label={`Avancer l'image ${index + 1}`}>
                  <ArrowLeft aria-hidden="true" />
                </Button>
                <Button type="button" variant="ghost" size="icon" className="size-8" onClick={() => onChange(value.filter((_, at) => at !== index))} aria-label={`Retirer l'image ${index + 1}`}>
                  <Trash2 aria-hidden="true" />
                </Button>
                <Button type="button" variant="ghost" size="icon" className="size-8" disabled={index === value.length - 1} onClick={() => onChange(move(value, index, index + 1))} aria-label={`Reculer l'image ${index + 1}`}>
                  <ArrowRight aria-hidden="true" />
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <label className="inline-flex w-fit cursor-pointer items-center gap-2 rounded-md border border-dashed px-4 py-2 text-sm font-medium hover:bg-accent focus-within:ring-[3px] focus-within:ring-ring/50">
        <ImagePlus className="size-4" aria-hidden="true" />
        {uploading ? 'Envoi en cours…' : 'Ajouter des images'}
        <input type="file" accept="image/jpeg,image/png,image/webp" multiple className="sr-only" onChange={onFiles} disabled={uploading} />
      </label>
    </div>
  )
}
