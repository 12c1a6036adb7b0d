import type { ComponentProps } from 'react'
import type { FieldPath, FieldValues } from 'react-hook-form'

import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'

import { LabelledField, splitFieldProps, type LabelledFieldProps } from './labelled-field'

type BoundProps = 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'ref' | 'className'
type InputProps = Omit<ComponentProps<typeof Input>, BoundProps>
type TextareaProps = Omit<ComponentProps<typeof Textarea>, BoundProps>

/** A labelled text input bound to a react-hook-form field; the other props go to the `<input>`. */
export function InputField<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>>(props: LabelledFieldProps<TFieldValues, TName> & InputProps) {
  const [fieldProps, inputProps] = splitFieldProps(props)
  return <LabelledField {...fieldProps} render={(field) => <Input {...inputProps} {...field} />} />
}

/** A labelled multi-line text bound to a react-hook-form field; the other props go to the `<textarea>`. */
export function TextareaField<TFieldValues extends FieldValues, TName extends FieldPath<TFieldValues>>(props: LabelledFieldProps<TFieldValues, TName> & TextareaProps) {
  const [fieldProps, textareaProps] = splitFieldProps(props)
  return <LabelledField {...fieldProps} render={(field) => <Textarea {...textareaProps} {...field} />} />
}
