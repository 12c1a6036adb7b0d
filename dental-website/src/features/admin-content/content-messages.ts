/** The toast after a save: `Article « Titre » créé et publié.` or `… enregistré (brouillon).` */
export function savedMessage(noun: string, title: string, isNew: boolean, published: boolean) {
  return `${noun} « ${title} » ${isNew ? 'créé' : 'enregistré'}${published ? ' et publié' : ' (brouillon)'}.`
}

/** The toast after the table's Publier / Dépublier. */
export function publishedMessage(title: string, published: boolean) {
  return published ? `« ${title} » est publié sur le site.` : `« ${title} » est retiré du site (brouillon).`
}
