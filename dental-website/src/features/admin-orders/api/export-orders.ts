import { api } from '@/lib/api-client'
import { attachmentName, saveBlob } from '@/lib/download'

import type { OrderFilters } from '../types'
import { orderParams } from './get-orders'

/** Downloads the CSV export of the filtered orders (through the api client, so with the bearer token). */
export async function exportOrders({ page: _page, ...filters }: OrderFilters) {
  const response = await api.get<Blob>('/api/admin/orders/export.csv', { params: orderParams(filters), responseType: 'blob' })
  const name = attachmentName(response.headers['content-disposition'] as string | undefined, 'commandes.csv')
  saveBlob(response.data, name)
}
