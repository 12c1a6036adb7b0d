import type { Order, OrderStatus } from '@/types/api'

export type StatusChange = { status: OrderStatus; at: string; by: string }

export type AdminOrder = Order & { user_email?: string | null; status_history: StatusChange[] }

export type OrderFilters = { status?: OrderStatus; q?: string; date_from?: string; date_to?: string; page?: number }
