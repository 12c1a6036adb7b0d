import { articlesPath } from '@/features/articles/api/paths'
import { caseStudiesPath } from '@/features/case-studies/api/paths'
import { CATEGORIES_PATH, FEATURED_QUERY, productPath, productsPath } from '@/features/catalog/api/paths'
import { readFilters, toApiQuery } from '@/features/catalog/catalog-params'
import { reviewsPath } from '@/features/reviews/api/paths'
import { prime } from '@/lib/primed-requests'

/** The latest articles and case studies on the home page. */
export const HOME_LIST = { page: 1, per_page: 3 } as const

type RouteData = {
  pattern: RegExp
  /** The public API paths its first render asks for. */
  requests: (match: RegExpExecArray, search: URLSearchParams) => string[]
  /** What the page can show from the first answer before the app has started; resolves once it is shown. */
  early?: (answer: unknown) => Promise<void>
}

/**
 * The product's photo in the prerendered page's image placeholder as soon as its data is in: the photo shows
 * before the app's code has arrived. React replaces the placeholder with the real gallery when it renders.
 */
async function showEarlyPhoto(answer: unknown) {
  const url = (answer as { image_url?: unknown }).image_url
  const placeholder = document.querySelector<HTMLElement>('[data-early-photo]')
  if (typeof url !== 'string' || !url || !placeholder) return
  const photo = new Image()
  photo.src = url
  // Shown once decoded, so it paints in one go.
  await Promise.resolve()
    .then(() => photo.decode())
    .catch(() => undefined)
  placeholder.style.background = `center / cover no-repeat url(${JSON.stringify(url)})`
  placeholder.classList.remove('animate-pulse')
}

const ROUTES: RouteData[] = [
  {
    pattern: /^\/$/,
    requests: () => [CATEGORIES_PATH, productsPath(FEATURED_QUERY), articlesPath(HOME_LIST), caseStudiesPath(HOME_LIST)],
  },
  {
    pattern: /^\/produits\/?$/,
    requests: (_, search) => [productsPath(toApiQuery(readFilters(search))), CATEGORIES_PATH],
  },
  {
    pattern: /^\/produits\/([^/]+)\/?$/,
    requests: ([, segment]) => {
      const slug = decodeURIComponent(segment)
      return [productPath(slug), reviewsPath(slug, 1)]
    },
    early: showEarlyPhoto,
  },
]

function matchRoute(pathname: string) {
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname)
    if (match) return { route, match }
  }
  return null
}

/**
 * Starts the requests for the data of the page being opened, so it renders as soon as React is ready.
 * Resolves once what the page shows before the app (its `early` part) is on screen, at once if nothing.
 */
export async function prefetchData({ pathname, search }: Pick<Location, 'pathname' | 'search'>) {
  const found = matchRoute(pathname)
  if (!found) return
  let answers: Promise<unknown>[]
  try {
    answers = found.route.requests(found.match, new URLSearchParams(search)).map(prime)
  } catch {
    return // A malformed address (bad %-escape): the page fetches its data itself.
  }
  if (found.route.early) await answers[0].then(found.route.early, () => undefined)
}
