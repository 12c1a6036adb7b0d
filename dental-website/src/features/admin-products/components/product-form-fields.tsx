import { useFormContext } from 'react-hook-form'

import { LabelledField } from '@/components/form/labelled-field'
import { InputField, TextareaField } from '@/components/form/text-fields'
import { FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form'
import { NativeSelect } from '@/components/ui/native-select'
import { Switch } from '@/components/ui/switch'

import type { ProductValues } from '../product-schema'
import type { AdminCategory } from '../types'
import { ProductImagesField } from './product-images-field'

type TextField = { name: 'price' | 'stock_quantity' | 'brand' | 'sku' | 'low_stock_threshold'; label: string; inputMode?: 'decimal' | 'numeric' }

const TEXT_FIELDS: TextField[] = [
  { name: 'price', label: 'Prix', inputMode: 'decimal' },
  { name: 'stock_quantity', label: 'Stock', inputMode: 'numeric' },
  { name: 'brand', label: 'Marque' },
  { name: 'sku', label: 'SKU' },
  { name: 'low_stock_threshold', label: "Seuil d'alerte", inputMode: 'numeric' },
]

/** The product form's fields, in the order a shop employee fills them. */
export function ProductFormFields({ categories }: { categories: AdminCategory[] }) {
  const { control, watch } = useFormContext<ProductValues>()
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <InputField control={control} name="name" label="Nom" />
      </div>
      <TextareaField control={control} name="description" label="Description" rows={4} className="sm:col-span-2" />
      <LabelledField
        control={control}
        name="category_id"
        label="Catégorie"
        render={(field) => (
          <NativeSelect {...field}>
            <option value="">Choisir…</option>
            {categories.map((category) => (
              <option key={category.id} value={String(category.id)}>
                {category.name}
              </option>
            ))}
          </NativeSelect>
        )}
      />
      {TEXT_FIELDS.map((item) => (
        <InputField key={item.name} control={control} {...item} />
      ))}
      <FormField
        control={control}
        name="is_active"
        render={({ field }) => (
          <FormItem className="flex items-center gap-3 self-end">
            <FormControl>
              <Switch checked={field.value} onCheckedChange={field.onChange} />
            </FormControl>
            <FormLabel>Actif (visible dans la boutique)</FormLabel>
          </FormItem>
        )}
      />
      <FormField
        control={control}
        name="images"
        render={({ field }) => (
          <FormItem className="sm:col-span-2">
            <FormLabel>Images</FormLabel>
            <ProductImagesField value={field.value} onChange={field.onChange} name={watch('name') || 'Produit'} />
            <FormMessage />
          </FormItem>
        )}
      />
    </div>
  )
}
