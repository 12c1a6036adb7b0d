import { api } from '@/lib/api-client'

export type Upload = { url: string; thumbnail_url: string; width: number; height: number }

export async function uploadImage(file: File, kind: 'products' | 'articles' | 'case-studies' = 'products') {
  const body = new FormData()
  body.append('file', file)
  body.append('kind', kind)
  const { data } = await api.post<Upload>('/api/admin/uploads', body)
  return data
}
