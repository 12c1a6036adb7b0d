import { useFormContext } from 'react-hook-form'

import { FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form'
import { Input } from '@/components/ui/input'
import { NativeSelect } from '@/components/ui/native-select'
import { Switch } from '@/components/ui/switch'
import { Textarea } from '@/components/ui/textarea'

import type { ProductValues } from '../product-schema'
import type { AdminCategory } from '../types'
import { ProductImagesField } from './product-images-field'

type TextField = { name: 'name' | 'price' | 'stock_quantity' | 'brand' | 'sku' | 'low_stock_threshold'; label: string; inputMode?: 'decimal' | 'numeric' }

const TEXT_FIELDS: TextField[] = [
  { name: 'price', label: 'Prix', inputMode: 'decimal' },
  { name: 'stock_quantity', label: 'Stock', inputMode: 'numeric' },
  { name: 'brand', label: 'Marque' },
  { name: 'sku', label: 'SKU' },
  { name: 'low_stock_threshold', label: "Seuil d'alerte", inputMode: 'numeric' },
]

function Text({ name, label, inputMode }: TextField) {
  const { control } = useFormContext<ProductValues>()
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input inputMode={inputMode} {...field} />
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  )
}

/** The product form's fields, in the order a shop employee fills them. */
export function ProductFormFields({ categories }: { categories: AdminCategory[] }) {
  const { control, watch } = useFormContext<ProductValues>()
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Text name="name" label="Nom" />
      </div>
      <FormField
        control={control}
        name="description"
        render={({ field }) => (
          <FormItem className="sm:col-span-2">
            <FormLabel>Description</FormLabel>
            <FormControl>
              <Textarea rows={4} {...field} />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={control}
        name="category_id"
        render={({ field }) => (
          <FormItem>
            <FormLabel>Catégorie</FormLabel>
            <FormControl>
              <NativeSelect {...field}>
                <option value="">Choisir…</option>
                {categories.map((category) => (
                  <option key={category.id} value={String(category.id)}>
                    {category.name}
                  </option>
                ))}
              </NativeSelect>
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      {TEXT_FIELDS.map((item) => (
        <Text key={item.name} {...item} />
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
