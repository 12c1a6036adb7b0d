import { Copy } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { formatDateTime } from '@/lib/format'
import { toast } from '@/lib/toast'
import type { User } from '@/types/api'

export type ResetLink = { user: User; url: string; expires_at: string }

function whatsappUrl(link: ResetLink) {
  const text = `Bonjour ${link.user.full_name}, voici le lien pour choisir un nouveau mot de passe DentalTech Pro : ${link.url}`
  const phone = link.user.phone?.replace(/\D/g, '') ?? ''
  return `https://wa.me/${phone}?text=${encodeURIComponent(text)}`
}

/** A single-use password-reset link, to copy or to send through WhatsApp. */
export function ResetLinkDialog({ link, onClose }: { link: ResetLink | null; onClose: () => void }) {
  async function copy() {
    if (!link) return
    await navigator.clipboard.writeText(link.url).then(
      () => toast.success('Lien copié.'),
      () => toast.error('Copie impossible : sélectionnez le lien et copiez-le.'),
    )
  }

  return (
    <Dialog open={link !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Lien de réinitialisation</DialogTitle>
          <DialogDescription>
            Pour {link?.user.full_name}, valable une fois jusqu'au {formatDateTime(link?.expires_at)}.
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-1.5">
          <Label htmlFor="reset-link">Lien</Label>
          <Input id="reset-link" readOnly value={link?.url ?? ''} onFocus={(event) => event.target.select()} />
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={copy}>
            <Copy aria-hidden="true" />
            Copier le lien
          </Button>
          {link && (
            <Button asChild variant="whatsapp">
              <a href={whatsappUrl(link)} target="_blank" rel="noreferrer">
                Envoyer par WhatsApp
              </a>
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
