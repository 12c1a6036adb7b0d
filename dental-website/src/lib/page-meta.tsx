import { useEffect } from 'react'

const SITE = 'DentalTech Pro'

function setMeta(selector: string, attribute: 'name' | 'property', key: string, content: string) {
  let element = document.head.querySelector<HTMLMetaElement>(selector)
  if (!element) {
    element = document.createElement('meta')
    element.setAttribute(attribute, key)
    document.head.append(element)
  }
  element.content = content
}

/** The page's <title>, meta description and Open Graph tags, for search engines and link previews. */
export function PageMeta({ title, description, image }: { title: string; description: string; image?: string | null }) {
  useEffect(() => {
    const fullTitle = title === SITE ? title : `${title} | ${SITE}`
    document.title = fullTitle
    setMeta('meta[name="description"]', 'name', 'description', description)
    setMeta('meta[property="og:title"]', 'property', 'og:title', fullTitle)
    setMeta('meta[property="og:description"]', 'property', 'og:description', description)
    setMeta('meta[property="og:type"]', 'property', 'og:type', 'website')
    if (image) setMeta('meta[property="og:image"]', 'property', 'og:image', new URL(image, window.location.origin).href)
  }, [title, description, image])
  return null
}
