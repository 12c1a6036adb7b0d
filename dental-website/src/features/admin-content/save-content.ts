import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'

import { showFormErrors } from '@/lib/form-errors'
import { toast } from '@/lib/toast'

import { savedMessage } from './content-messages'

type SaveContent<TValues extends FieldValues> = {
  noun: string
  isNew: boolean
  save: () => Promise<{ title: string; status: string }>
  setError: UseFormSetError<TValues>
  fields: readonly Path<TValues>[]
  onSaved: () => void
  onRefused?: (error: unknown) => void
}

/** Saves an article or a case study and says so in a toast; a refusal goes under the fields it names. */
export async function saveContent<TValues extends FieldValues>({ noun, isNew, save, setError, fields, onSaved, onRefused }: SaveContent<TValues>) {
  try {
    const saved = await save()
    toast.success(savedMessage(noun, saved.title, isNew, saved.status === 'published'))
    onSaved()
  } catch (error) {
    onRefused?.(error)
    showFormErrors(error, setError, fields)
  }
}
