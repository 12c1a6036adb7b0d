import { zodResolver } from '@hookform/resolvers/zod'
import { ArrowLeft } from 'lucide-react'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { toast } from '@/lib/toast'

import { Button } from '@/components/ui/button'
import { Form } from '@/components/ui/form'
import { SheetFooter } from '@/components/ui/sheet'
import { WhatsAppIcon } from '@/components/whatsapp-icon'
import { apiErrorBody, apiErrorStatus } from '@/lib/api-error'
import { showFormErrors } from '@/lib/form-errors'
import { leaveSiteFor } from '@/lib/navigation'
import { useShopConfig } from '@/lib/shop-config'

import { newIdempotencyKey, whatsappCheckout, type CheckoutInput } from '../api/whatsapp-checkout'
import { useCart } from '../cart-context'
import { checkoutSchema, type CheckoutValues } from '../checkout-schema'
import { buildWhatsAppMessage } from '../whatsapp-message'
import { CheckoutFields } from './checkout-fields'

const FIELDS = ['customer_name', 'customer_phone', 'delivery_city', 'delivery_address', 'note'] as const

function checkoutBody(values: CheckoutValues, base: Pick<CheckoutInput, 'items' | 'total_price' | 'whatsapp_message'>) {
  const filled = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''))
  return { ...base, ...filled } as CheckoutInput
}

export function CheckoutForm({ customerName, onBack }: { customerName: string | null; onBack: () => void }) {
  const { lines, total, clear, setOpen, applyCheckoutConflict } = useCart()
  const { store_name: storeName, currency } = useShopConfig()
  const [idempotencyKey] = useState(newIdempotencyKey)
  const form = useForm<CheckoutValues>({
    resolver: zodResolver(checkoutSchema(customerName === null)),
    defaultValues: { customer_name: customerName ?? '', customer_phone: '', delivery_city: '', delivery_address: '', note: '' },
  })
  const values = useWatch({ control: form.control })
  const customer = {
    name: values.customer_name || customerName || '',
    phone: values.customer_phone,
    city: values.delivery_city,
    address: values.delivery_address,
    note: values.note,
  }
  const preview = buildWhatsAppMessage({ storeName, currency, lines, customer })

  async function onSubmit(submitted: CheckoutValues) {
    const items = lines.map((line) => ({ product_id: line.productId, quantity: line.quantity }))
    try {
      const result = await whatsappCheckout(checkoutBody(submitted, { items, total_price: total, whatsapp_message: preview }), idempotencyKey)
      clear()
      setOpen(false)
      toast.success(`Commande ${result.order.reference} enregistrée, ouverture de WhatsApp…`)
      leaveSiteFor(result.whatsapp_url)
    } catch (error) {
      const body = apiErrorBody(error)
      if (apiErrorStatus(error) === 409 && body) {
        applyCheckoutConflict(body)
        onBack()
        return
      }
      showFormErrors(error, form.setError, FIELDS)
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="flex min-h-0 flex-1 flex-col" noValidate>
        <div className="grid flex-1 gap-4 overflow-y-auto px-4">
          <CheckoutFields control={form.control} guest={customerName === null} />
          <section aria-labelledby="whatsapp-preview-title" className="grid gap-2">
            <h3 id="whatsapp-preview-title" className="text-sm font-medium">
              Aperçu du message WhatsApp
            </h3>
            <pre
              data-testid="whatsapp-preview"
              className="rounded-lg border bg-emerald-50/60 p-3 font-sans text-sm whitespace-pre-wrap text-slate-800"
            >
              {preview}
            </pre>
          </section>
        </div>
        <SheetFooter>
          <Button type="submit" variant="whatsapp" size="lg" disabled={form.formState.isSubmitting}>
            <WhatsAppIcon className="size-5" />
            {form.formState.isSubmitting ? 'Envoi de la commande…' : 'Confirmer et ouvrir WhatsApp'}
          </Button>
          <Button type="button" variant="ghost" onClick={onBack}>
            <ArrowLeft aria-hidden="true" />
            Retour au panier
          </Button>
        </SheetFooter>
      </form>
    </Form>
  )
}
