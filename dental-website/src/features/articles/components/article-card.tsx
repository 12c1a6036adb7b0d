import { ContentCard } from '@/components/content-card'
import { paths } from '@/config/paths'
import type { ArticleSummary } from '@/types/api'

export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <ContentCard
      href={paths.article(article.slug)}
      title={article.title}
      summary={article.excerpt}
      imageUrl={article.image_url}
      date={article.published_at}
      meta={article.author_name}
      kicker="Article"
    />
  )
}
