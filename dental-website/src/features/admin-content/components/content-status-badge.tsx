import { Badge } from '@/components/ui/badge'

import type { ContentStatus } from '../types'

export function ContentStatusBadge({ status }: { status: ContentStatus }) {
  return status === 'published' ? <Badge variant="success">Publié</Badge> : <Badge variant="muted">Brouillon</Badge>
}
