import type { ReactNode } from 'react'

import { FormDialog } from '@/components/form/form-dialog'

type EditorDialogProps = { open: boolean; onOpenChange: (open: boolean) => void; title: string; children: ReactNode }

/** The wide dialog both content editors open in. */
export function EditorDialog({ open, onOpenChange, title, children }: EditorDialogProps) {
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description="Son adresse (slug) est faite à partir du titre à la création et ne change plus."
      className="max-w-6xl"
    >
      {children}
    </FormDialog>
  )
}
