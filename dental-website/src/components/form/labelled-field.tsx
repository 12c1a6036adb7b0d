import type { ReactElement, ReactNode } from 'react'
import type { Control, ControllerRenderProps, FieldPath, FieldValues } from 'react-hook-form'

import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form'

/** What every labelled field takes; `className` goes to the field's wrapper (a grid cell, say). */
export type LabelledFieldProps<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>> = {
  control: Control<TFieldValues>
  name: TName
  label: ReactNode
  description?: ReactNode
  className?: string
}

/** Splits a field's own props from the rest, which go to its control. */
export function splitFieldProps<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>, TRest>(
  props: LabelledFieldProps<TFieldValues, TName> & TRest,
): [LabelledFieldProps<TFieldValues, TName>, Omit<TRest, keyof LabelledFieldProps<TFieldValues, TName>>] {
  const { control, name, label, description, className, ...rest } = props
  return [{ control, name, label, description, className }, rest]
}

type Props<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>> = LabelledFieldProps<TFieldValues, TName> & {
  render: (field: ControllerRenderProps<TFieldValues, TName>) => ReactElement
}

/** One form field: its label, the control `render` returns, an optional hint and the field's error. */
export function LabelledField<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>>({
  control,
  name,
  label,
  description,
  className,
  render,
}: Props<TFieldValues, TName>) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem className={className}>
          <FormLabel>{label}</FormLabel>
          <FormControl>{render(field)}</FormControl>
          {description && <FormDescription>{description}</FormDescription>}
          <FormMessage />
        </FormItem>
      )}
    />
  )
}
