import { z } from 'zod'

import type { AdminProduct, ProductPayload } from './types'

const decimal = (value: string) => Number(value.trim().replace(',', '.'))

/** The product form: text inputs validated here, turned into the API's types by `toPayload`. */
export const productSchema = z.object({
  name: z.string().trim().min(1, 'Le nom est obligatoire.').max(160, '160 caractères au plus.'),
  description: z.string().max(20000, '20 000 caractères au plus.'),
  price: z
    .string()
    .trim()
    .regex(/^\d+([.,]\d{1,2})?$/, 'Un prix en chiffres, par exemple 129,90.')
    .refine((value) => decimal(value) > 0, 'Le prix doit être supérieur à zéro.'),
  stock_quantity: z.string().trim().regex(/^\d+$/, 'Le stock est un nombre entier, zéro ou plus.'),
  category_id: z.string().min(1, 'Choisissez une catégorie.'),
  brand: z.string().trim().max(80, '80 caractères au plus.'),
  sku: z.string().trim().max(64, '64 caractères au plus.'),
  low_stock_threshold: z.string().trim().regex(/^\d*$/, 'Un nombre entier, ou vide pour le seuil de la boutique.'),
  images: z.array(z.string()).max(10, '10 images au plus.'),
  is_active: z.boolean(),
})

export type ProductValues = z.infer<typeof productSchema>

export const PRODUCT_FIELDS = Object.keys(productSchema.shape) as (keyof ProductValues)[]

export const emptyProduct: ProductValues = {
  name: '',
  description: '',
  price: '',
  stock_quantity: '0',
  category_id: '',
  brand: '',
  sku: '',
  low_stock_threshold: '',
  images: [],
  is_active: true,
}

export function toValues(product: AdminProduct): ProductValues {
  return {
    name: product.name,
    description: product.description ?? '',
    price: String(product.price).replace('.', ','),
    stock_quantity: String(product.stock_quantity),
    category_id: product.category ? String(product.category.id) : '',
    brand: product.brand ?? '',
    sku: product.sku ?? '',
    low_stock_threshold: product.low_stock_threshold === null ? '' : String(product.low_stock_threshold),
    images: product.images ?? [],
    is_active: product.is_active,
  }
}

const convert: { [K in keyof ProductValues]: (value: ProductValues[K]) => ProductPayload[K & keyof ProductPayload] } = {
  name: (value) => value.trim(),
  description: (value) => value,
  price: (value) => decimal(value),
  stock_quantity: (value) => Number(value),
  category_id: (value) => Number(value),
  brand: (value) => value.trim() || null,
  sku: (value) => value.trim() || null,
  low_stock_threshold: (value) => (value.trim() === '' ? null : Number(value)),
  images: (value) => value,
  is_active: (value) => value,
}

/** The API body for `fields` (all of them for a new product, the edited ones for an update). */
export function toPayload(values: ProductValues, fields: readonly (keyof ProductValues)[] = PRODUCT_FIELDS): ProductPayload {
  return Object.fromEntries(fields.map((field) => [field, (convert[field] as (value: unknown) => unknown)(values[field])]))
}
