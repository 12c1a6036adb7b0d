import { z } from 'zod'

export const reviewSchema = z.object({
  rating: z.number({ error: 'Choisissez une note de 1 à 5 étoiles.' }).int().min(1, 'Choisissez une note de 1 à 5 étoiles.').max(5),
  comment: z.string().trim().max(2000, 'Votre avis ne doit pas dépasser 2000 caractères.'),
})

export type ReviewValues = z.infer<typeof reviewSchema>
