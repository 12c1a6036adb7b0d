/** Leaves the site for another page in the same tab (WhatsApp): a pop-up opened after an await is blocked on phones. */
export function leaveSiteFor(url: string) {
  window.location.assign(url)
}
