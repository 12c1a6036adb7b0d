import { useSearchParams } from 'react-router-dom'

import { ContentGridSkeleton } from '@/components/content-grid-skeleton'
import { ErrorPanel } from '@/components/error-panel'
import { PageContainer } from '@/components/layouts/page-container'
import { PageHeader } from '@/components/page-header'
import { PaginationNav } from '@/components/pagination-nav'
import { getCaseStudies } from '@/features/case-studies/api/get-case-studies'
import { CaseStudyCard } from '@/features/case-studies/components/case-study-card'
import { paths } from '@/config/paths'
import { PageMeta } from '@/lib/page-meta'
import { pageParam } from '@/lib/pagination'
import { useQuery } from '@/lib/use-query'

const PER_PAGE = 9

export function CaseStudiesRoute() {
  const [params] = useSearchParams()
  const page = pageParam(params)
  const caseStudies = useQuery(`case-studies:${page}`, (signal) => getCaseStudies({ page, per_page: PER_PAGE }, signal))

  return (
    <PageContainer>
      <PageMeta
        title="Cas cliniques"
        description="Cas cliniques documentés avant / après, avec les produits utilisés : restaurations, endodontie, esthétique."
      />
      <PageHeader crumbs={[{ label: 'Accueil', to: paths.home }, { label: 'Cas cliniques' }]} title="Cas cliniques">
        Des traitements documentés avant / après, et les produits qui ont servi.
      </PageHeader>
      {caseStudies.error ? (
        <ErrorPanel error={caseStudies.error} onRetry={caseStudies.reload} />
      ) : !caseStudies.data ? (
        <ContentGridSkeleton count={6} label="Chargement des cas cliniques" />
      ) : caseStudies.data.items.length === 0 ? (
        <p className="text-muted-foreground">Aucun cas clinique publié pour le moment.</p>
      ) : (
        <div className="grid gap-10">
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {caseStudies.data.items.map((caseStudy) => (
              <li key={caseStudy.id}>
                <CaseStudyCard caseStudy={caseStudy} />
              </li>
            ))}
          </ul>
          <PaginationNav
            page={page}
            pages={caseStudies.data.pages}
            hrefFor={(value) => (value > 1 ? `?page=${value}` : paths.caseStudies)}
          />
        </div>
      )}
    </PageContainer>
  )
}

export { CaseStudiesRoute as Component }
