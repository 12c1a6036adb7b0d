import { api } from '@/lib/api-client'

export type StreamTicket = { token: string; expires_in: number }

/** A 60-second ticket that opens the stock-alert stream (EventSource cannot send the bearer token). */
export async function createStreamTicket() {
  const { data } = await api.post<StreamTicket>('/api/admin/stock_alerts/ticket', undefined, { silent: true })
  return data.token
}
