import { paths } from '@/config/paths'
import { deleteArticle, getAdminArticle, getAdminArticles, updateArticle } from '@/features/admin-content/api/articles'
import { ArticleFormDialog } from '@/features/admin-content/components/article-form-dialog'
import { ContentAdminPage, type ContentApi, type ContentWords } from '@/features/admin-content/components/content-admin-page'
import type { AdminArticle, AdminArticleSummary } from '@/features/admin-content/types'

const articlesApi: ContentApi<AdminArticleSummary, AdminArticle> = {
  list: getAdminArticles,
  get: getAdminArticle,
  update: updateArticle,
  remove: deleteArticle,
}

const words: ContentWords = {
  key: 'articles',
  heading: 'Articles',
  newLabel: 'Nouvel article',
  searchPlaceholder: 'Titre ou texte',
  loading: 'Chargement des articles…',
  count: (total) => `${total} article(s)`,
  empty: 'Aucun article ne correspond.',
  deleteTitle: (title) => `Supprimer l'article « ${title} » ?`,
  deleted: (title) => `Article « ${title} » supprimé.`,
}

export function AdminArticles() {
  return (
    <ContentAdminPage
      api={articlesApi}
      words={words}
      publicPath={paths.article}
      renderEditor={({ item, ...dialog }) => <ArticleFormDialog article={item} {...dialog} />}
    />
  )
}

export { AdminArticles as Component }
