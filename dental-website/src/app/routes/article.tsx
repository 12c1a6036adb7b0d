import { useParams } from 'react-router-dom'

import { ContentSkeleton } from '@/components/content-skeleton'
import { ErrorPanel } from '@/components/error-panel'
import { PageContainer } from '@/components/layouts/page-container'
import { Markdown } from '@/components/markdown'
import { ProductImage } from '@/components/product-image'
import { Breadcrumbs } from '@/components/page-header'
import { getArticle } from '@/features/articles/api/get-article'
import { paths } from '@/config/paths'
import { apiErrorStatus } from '@/lib/api-error'
import { formatDate, frenchSpacing } from '@/lib/format'
import { PageMeta } from '@/lib/page-meta'
import { useQuery } from '@/lib/use-query'

import { NotFound } from './not-found'

export function ArticleRoute() {
  const { slug = '' } = useParams()
  const article = useQuery(`article:${slug}`, (signal) => getArticle(slug, signal))
  if (apiErrorStatus(article.error) === 404) return <NotFound title="Article introuvable" />
  const data = article.data

  return (
    <PageContainer className="max-w-3xl">
      {data && <PageMeta title={data.title} description={data.excerpt ?? data.content.slice(0, 155)} image={data.image_url} />}
      <div className="pb-6">
        <Breadcrumbs crumbs={[{ label: 'Accueil', to: paths.home }, { label: 'Articles', to: paths.articles }, { label: data?.title ?? 'Article' }]} />
      </div>
      {article.error ? (
        <ErrorPanel error={article.error} onRetry={article.reload} />
      ) : !data ? (
        <ContentSkeleton />
      ) : (
        <article className="grid gap-6">
          <header className="grid gap-3">
            <h1 className="text-3xl font-bold sm:text-4xl">{frenchSpacing(data.title)}</h1>
            <p className="text-sm text-muted-foreground">
              {data.published_at && <time dateTime={data.published_at}>{formatDate(data.published_at)}</time>}
              {data.author_name && <span> · {data.author_name}</span>}
            </p>
          </header>
          {data.image_url && (
            <ProductImage src={data.image_url} alt="" loading="eager" width={1200} height={675} className="aspect-video w-full rounded-2xl" />
          )}
          <Markdown>{data.content}</Markdown>
        </article>
      )}
    </PageContainer>
  )
}

export { ArticleRoute as Component }
