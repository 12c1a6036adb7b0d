// Intl formatters are costly to create (ICU data): each is made on first use, then reused.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined
  if (!format) {
    format = make()
    formats.set(key, format)
  }
  return format
}

/** A price as the shop shows it: `129,90 MAD` (fr-FR, the shop's currency). */
export function formatMoney(value: number, currency: string) {
  return cached(`money:${currency}`, () => new Intl.NumberFormat('fr-FR', { style: 'currency', currency })).format(value)
}

export function formatDate(iso: string | null | undefined) {
  return iso ? cached('date', () => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' })).format(new Date(iso)) : ''
}

export function formatDateTime(iso: string | null | undefined) {
  if (!iso) return ''
  return cached('datetime', () => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso))
}

export function formatRating(value: number) {
  return cached('rating', () => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })).format(value)
}

/** `1 avis`, `3 avis`; `1 article`, `2 articles`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`) {
  return `${count} ${count > 1 ? pluralForm : singular}`
}

/** French typography: a narrow no-break space before « : ; ! ? » and inside guillemets, so "titre :" never wraps before its colon. */
export function frenchSpacing(text: string) {
  return text.replace(/ ([:;!?»])/g, '\u202f$1').replace(/« /g, '«\u202f')
}
