import { paths } from '@/config/paths'
import { deleteCaseStudy, getAdminCaseStudies, getAdminCaseStudy, updateCaseStudy } from '@/features/admin-content/api/case-studies'
import { CaseStudyFormDialog } from '@/features/admin-content/components/case-study-form-dialog'
import { ContentAdminPage, type ContentApi, type ContentWords } from '@/features/admin-content/components/content-admin-page'
import type { AdminCaseStudy, AdminCaseStudySummary } from '@/features/admin-content/types'

const caseStudiesApi: ContentApi<AdminCaseStudySummary, AdminCaseStudy> = {
  list: getAdminCaseStudies,
  get: getAdminCaseStudy,
  update: updateCaseStudy,
  remove: deleteCaseStudy,
}

const words: ContentWords = {
  key: 'case-studies',
  heading: 'Cas cliniques',
  newLabel: 'Nouveau cas clinique',
  searchPlaceholder: 'Titre ou texte',
  loading: 'Chargement des cas cliniques…',
  count: (total) => `${total} cas clinique(s)`,
  empty: 'Aucun cas clinique ne correspond.',
  deleteTitle: (title) => `Supprimer le cas clinique « ${title} » ?`,
  deleted: (title) => `Cas clinique « ${title} » supprimé.`,
}

export function AdminCaseStudies() {
  return (
    <ContentAdminPage
      api={caseStudiesApi}
      words={words}
      publicPath={paths.caseStudy}
      renderEditor={({ item, ...dialog }) => <CaseStudyFormDialog caseStudy={item} {...dialog} />}
    />
  )
}

export { AdminCaseStudies as Component }
