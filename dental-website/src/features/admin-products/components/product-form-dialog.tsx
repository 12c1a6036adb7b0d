import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'

import { FormDialog, FormDialogFooter } from '@/components/form/form-dialog'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Form } from '@/components/ui/form'
import { apiErrorStatus } from '@/lib/api-error'
import { showFormErrors } from '@/lib/form-errors'
import { toast } from '@/lib/toast'

import { getAdminProduct } from '../api/get-product'
import { createProduct, updateProduct } from '../api/save-product'
import { emptyProduct, PRODUCT_FIELDS, productSchema, toPayload, toValues, type ProductValues } from '../product-schema'
import type { AdminCategory, AdminProduct } from '../types'
import { ProductFormFields } from './product-form-fields'

type ProductFormDialogProps = {
  open: boolean
  product: AdminProduct | null
  categories: AdminCategory[]
  onOpenChange: (open: boolean) => void
  onSaved: (product: AdminProduct) => void
}

type FormBodyProps = Omit<ProductFormDialogProps, 'open'>

function ProductForm({ product: initial, categories, onOpenChange, onSaved }: FormBodyProps) {
  const [product, setProduct] = useState(initial)
  const [stale, setStale] = useState<AdminProduct | null>(null)
  const form = useForm<ProductValues>({ resolver: zodResolver(productSchema), defaultValues: initial ? toValues(initial) : emptyProduct })

  async function onSubmit(values: ProductValues) {
    try {
      const edited = PRODUCT_FIELDS.filter((field) => form.formState.dirtyFields[field])
      const saved = product ? await updateProduct(product.id, product.version, toPayload(values, edited)) : await createProduct(toPayload(values))
      toast.success(product ? `« ${saved.name} » enregistré.` : `« ${saved.name} » créé.`)
      onSaved(saved)
      onOpenChange(false)
    } catch (error) {
      if (apiErrorStatus(error) === 412 && product) {
        setStale(await getAdminProduct(product.id))
        return
      }
      showFormErrors(error, form.setError, PRODUCT_FIELDS)
    }
  }

  function takeFresh() {
    if (!stale) return
    setProduct(stale)
    form.reset(toValues(stale))
    setStale(null)
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
        {stale && (
          <Alert variant="warning" role="alert">
            <AlertTitle>Ce produit a changé entre-temps</AlertTitle>
            <AlertDescription>
              <p>
                Quelqu'un (ou une vente) l'a modifié depuis l'ouverture du formulaire : stock actuel {stale.stock_quantity}, prix {String(stale.price).replace('.', ',')}.
                Vos modifications n'ont pas été enregistrées.
              </p>
              <Button type="button" variant="outline" size="sm" className="mt-2" onClick={takeFresh}>
                Charger les valeurs actuelles
              </Button>
            </AlertDescription>
          </Alert>
        )}
        <ProductFormFields categories={categories} />
        <FormDialogFooter busy={form.formState.isSubmitting} onClose={() => onOpenChange(false)} />
      </form>
    </Form>
  )
}

/** Create or edit a product; an edit carries the version it was loaded from (If-Match). */
export function ProductFormDialog({ open, ...props }: ProductFormDialogProps) {
  return (
    <FormDialog
      open={open}
      onOpenChange={props.onOpenChange}
      title={props.product ? `Modifier « ${props.product.name} »` : 'Nouveau produit'}
      description="Les champs marqués d'une erreur doivent être corrigés avant l'enregistrement."
      className="max-w-2xl"
    >
      <ProductForm key={props.product?.id ?? 'new'} {...props} />
    </FormDialog>
  )
}
