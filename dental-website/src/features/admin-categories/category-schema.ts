import { z } from 'zod'

export const categorySchema = z.object({
  name: z.string().trim().min(1, 'Le nom est obligatoire.').max(80, '80 caractères au plus.'),
  description: z.string().trim().max(2000, '2 000 caractères au plus.'),
})

export type CategoryValues = z.infer<typeof categorySchema>
