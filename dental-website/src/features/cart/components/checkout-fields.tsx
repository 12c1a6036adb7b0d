import type { Control } from 'react-hook-form'

import { InputField, TextareaField } from '@/components/form/text-fields'

import type { CheckoutValues } from '../checkout-schema'

type Field = {
  name: keyof CheckoutValues
  label: string
  autoComplete?: string
  type?: string
  multiline?: boolean
}

const OPTIONAL_FIELDS: Field[] = [
  { name: 'customer_phone', label: 'Téléphone (facultatif)', autoComplete: 'tel', type: 'tel' },
  { name: 'delivery_city', label: 'Ville de livraison (facultatif)', autoComplete: 'address-level2' },
  { name: 'delivery_address', label: 'Adresse de livraison (facultatif)', autoComplete: 'street-address' },
  { name: 'note', label: "Note pour l'équipe (facultatif)", multiline: true },
]

export function CheckoutFields({ control, guest }: { control: Control<CheckoutValues>; guest: boolean }) {
  const fields: Field[] = [
    { name: 'customer_name', label: guest ? 'Nom complet' : 'Nom complet (facultatif)', autoComplete: 'name' },
    ...OPTIONAL_FIELDS,
  ]
  return fields.map(({ name, label, autoComplete, type, multiline }) =>
    multiline ? (
      <TextareaField key={name} control={control} name={name} label={label} rows={3} />
    ) : (
      <InputField key={name} control={control} name={name} label={label} type={type ?? 'text'} autoComplete={autoComplete} />
    ),
  )
}
