import { api } from '@/lib/api-client'

import type { UploadKind } from '../types'

type Upload = { url: string; thumbnail_url: string; width: number; height: number }

/** Sends one image to /api/admin/uploads; the answer's `url` is what the article or case study stores. */
export async function uploadImage(file: File, kind: UploadKind) {
  const body = new FormData()
  body.append('file', file)
  body.append('kind', kind)
  const { data } = await api.post<Upload>('/api/admin/uploads', body)
  return data
}
