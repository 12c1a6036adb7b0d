import { z } from 'zod'

const optional = (max: number, label: string) => z.string().trim().max(max, `${label} : ${max} caractères au maximum.`)

/** A guest must give a name; a logged-in client may leave it (their account's name is used). */
export function checkoutSchema(guest: boolean) {
  const name = z.string().trim().max(120, 'Nom trop long (120 caractères au maximum).')
  return z.object({
    customer_name: guest ? name.min(2, 'Indiquez votre nom pour que nous puissions vous répondre.') : name,
    customer_phone: optional(30, 'Téléphone').refine(
      (value) => value === '' || /^\+?[\d\s().-]{6,}$/.test(value),
      'Numéro de téléphone invalide.',
    ),
    delivery_city: optional(80, 'Ville'),
    delivery_address: optional(300, 'Adresse'),
    note: optional(1000, 'Note'),
  })
}

export type CheckoutValues = z.infer<ReturnType<typeof checkoutSchema>>
