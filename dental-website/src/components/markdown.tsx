import ReactMarkdown, { defaultUrlTransform } from 'react-markdown'

/** Articles' Markdown: raw HTML is dropped (never rendered), links are checked by react-markdown's URL filter. */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-content">
      <ReactMarkdown
        skipHtml
        urlTransform={defaultUrlTransform}
        components={{
          h1: 'h2',
          a: ({ href, children: text }) => {
            const external = href?.startsWith('http')
            return (
              <a href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
                {text}
              </a>
            )
          },
          img: ({ src, alt }) => <img src={typeof src === 'string' ? src : undefined} alt={alt ?? ''} loading="lazy" />,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  )
}
