import { Button } from '@/components/ui/button'
import { DialogFooter } from '@/components/ui/dialog'

export function EditorFooter({ busy, onClose }: { busy: boolean; onClose: () => void }) {
  return (
    <DialogFooter>
      <Button type="button" variant="outline" onClick={onClose}>
        Fermer
      </Button>
      <Button type="submit" disabled={busy}>
        Enregistrer
      </Button>
    </DialogFooter>
  )
}
