import { ContentCard } from '@/components/content-card'
import { paths } from '@/config/paths'
import type { CaseStudySummary } from '@/types/api'

export function CaseStudyCard({ caseStudy }: { caseStudy: CaseStudySummary }) {
  return (
    <ContentCard
      href={paths.caseStudy(caseStudy.slug)}
      title={caseStudy.title}
      summary={caseStudy.summary}
      imageUrl={caseStudy.cover_image_url}
      date={caseStudy.published_at}
      kicker="Cas clinique"
    />
  )
}
