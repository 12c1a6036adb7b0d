export type AdminCategory = { id: number; name: string; slug: string; product_count: number; description: string | null; created_at: string }

export type CategoryPayload = { name: string; description: string | null }
