import { useSearchParams } from 'react-router-dom'

import { ContentGridSkeleton } from '@/components/content-grid-skeleton'
import { ErrorPanel } from '@/components/error-panel'
import { PageContainer } from '@/components/layouts/page-container'
import { PageHeader } from '@/components/page-header'
import { PaginationNav } from '@/components/pagination-nav'
import { getArticles } from '@/features/articles/api/get-articles'
import { ArticleCard } from '@/features/articles/components/article-card'
import { paths } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'
import { pageParam } from '@/lib/pagination'
import { useQuery } from '@/lib/use-query'

const PER_PAGE = 9

export function ArticlesRoute() {
  const [params] = useSearchParams()
  const page = pageParam(params)
  const articles = useQuery(`articles:${page}`, (signal) => getArticles({ page, per_page: PER_PAGE }, signal))

  return (
    <PageContainer>
      <PageMeta
        title="Articles"
        description="Conseils pratiques, nouveautés produits et bonnes pratiques au cabinet dentaire, par l'équipe DentalTech Pro."
      />
      <PageHeader crumbs={[{ label: 'Accueil', to: paths.home }, { label: 'Articles' }]} title="Articles">
        Conseils pratiques, nouveautés et bonnes pratiques pour le quotidien du cabinet.
      </PageHeader>
      {articles.error ? (
        <ErrorPanel error={articles.error} onRetry={articles.reload} />
      ) : !articles.data ? (
        <ContentGridSkeleton count={6} label="Chargement des articles" />
      ) : articles.data.items.length === 0 ? (
        <p className="text-muted-foreground">Aucun article publié pour le moment.</p>
      ) : (
        <div className="grid gap-10">
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {articles.data.items.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
          <PaginationNav page={page} pages={articles.data.pages} hrefFor={(value) => (value > 1 ? `?page=${value}` : paths.articles)} />
        </div>
      )}
    </PageContainer>
  )
}

export { ArticlesRoute as Component }
