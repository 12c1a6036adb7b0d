/** Saves a blob under `filename` through a temporary link (what a download button does). */
export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** The file name of a `Content-Disposition: attachment; filename="…"` header. */
export function attachmentName(header: string | undefined, fallback: string) {
  return header?.match(/filename="?([^";]+)"?/)?.[1] ?? fallback
}
