import { Link } from 'react-router-dom'

import { paths } from '@/config/paths'

export function BrandLogo({ name }: { name: string }) {
  return (
    <Link to={paths.home} className="flex shrink-0 items-center gap-2 rounded-md font-bold text-slate-900" aria-label={`${name}, accueil`}>
      <svg viewBox="0 0 32 32" className="size-9" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="#0f766e" />
        <path
          fill="#fff"
          d="M11.2 7c-2.9 0-4.7 2.3-4.7 5.3 0 2.2.8 3.6 1.5 5.6.8 2.3 1 7.1 2.9 7.1 1.7 0 1.8-5.2 3.2-5.2h3.8c1.4 0 1.5 5.2 3.2 5.2 1.9 0 2.1-4.8 2.9-7.1.7-2 1.5-3.4 1.5-5.6 0-3-1.8-5.3-4.7-5.3-2 0-3 1.1-4.8 1.1S13.2 7 11.2 7z"
        />
      </svg>
      <span className="text-lg leading-none tracking-tight">
        {name.replace(/ Pro$/, '')}
        {name.endsWith(' Pro') && <span className="text-primary"> Pro</span>}
      </span>
    </Link>
  )
}
