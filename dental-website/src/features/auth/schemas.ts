import { z } from 'zod'

const encoder = new TextEncoder()

/** The API's password rules: 8 to 72 UTF-8 bytes (bcrypt's limit), not only digits. */
export const passwordSchema = z
  .string()
  .refine((value) => encoder.encode(value).length >= 8, 'Le mot de passe doit contenir au moins 8 caractères.')
  .refine((value) => encoder.encode(value).length <= 72, 'Le mot de passe est trop long (72 octets au maximum).')
  .refine((value) => !/^\d+$/.test(value), 'Le mot de passe ne doit pas contenir que des chiffres.')

/** The hint under a new password's input. */
export const PASSWORD_HINT = '8 caractères au moins, pas uniquement des chiffres.'

const emailSchema = z.string().trim().min(1, "L'adresse e-mail est obligatoire.").pipe(z.email('Adresse e-mail invalide.'))

const phoneSchema = z
  .string()
  .trim()
  .max(30, 'Numéro trop long.')
  .refine((value) => value === '' || /^\+?[\d\s().-]{6,}$/.test(value), 'Numéro de téléphone invalide.')

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Le mot de passe est obligatoire.'),
})

export const registerSchema = z
  .object({
    full_name: z.string().trim().min(2, 'Indiquez votre nom complet.').max(120, 'Nom trop long.'),
    email: emailSchema,
    phone: phoneSchema,
    password: passwordSchema,
  })
  .refine((values) => values.password.toLowerCase() !== values.email.toLowerCase(), {
    path: ['password'],
    message: "Le mot de passe ne doit pas être votre adresse e-mail.",
  })

export const profileSchema = z.object({
  full_name: z.string().trim().min(2, 'Indiquez votre nom complet.').max(120, 'Nom trop long.'),
  phone: phoneSchema,
})

export const changePasswordSchema = z
  .object({
    current_password: z.string().min(1, 'Indiquez votre mot de passe actuel.'),
    new_password: passwordSchema,
    confirm_password: z.string(),
  })
  .refine((values) => values.new_password === values.confirm_password, {
    path: ['confirm_password'],
    message: 'Les deux mots de passe ne correspondent pas.',
  })

export const resetPasswordSchema = z
  .object({ new_password: passwordSchema, confirm_password: z.string() })
  .refine((values) => values.new_password === values.confirm_password, {
    path: ['confirm_password'],
    message: 'Les deux mots de passe ne correspondent pas.',
  })

export type LoginValues = z.infer<typeof loginSchema>
export type RegisterValues = z.infer<typeof registerSchema>
export type ProfileValues = z.infer<typeof profileSchema>
export type ChangePasswordValues = z.infer<typeof changePasswordSchema>
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>
