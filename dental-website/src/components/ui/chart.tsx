import * as React from 'react'
import * as RechartsPrimitive from 'recharts'

import { cn } from '@/lib/utils'

/** Each series' label and colour; the colour is any CSS value, usually a theme variable (`var(--primary)`). */
export type ChartConfig = Record<string, { label: React.ReactNode; color: string }>

const ChartContext = React.createContext<ChartConfig | null>(null)

function useChartConfig() {
  const config = React.useContext(ChartContext)
  if (!config) throw new Error('useChartConfig must be used inside a <ChartContainer />')
  return config
}

/** Publishes the config's colours as `--color-<key>` on this chart only, so series say `var(--color-orders)`. */
function ChartStyle({ id, config }: { id: string; config: ChartConfig }) {
  const variables = Object.entries(config)
    .map(([key, item]) => `  --color-${key}: ${item.color};`)
    .join('\n')
  return <style>{`[data-chart="${id}"] {\n${variables}\n}`}</style>
}

type ChartContainerProps = React.ComponentProps<'div'> & {
  config: ChartConfig
  children: React.ComponentProps<typeof RechartsPrimitive.ResponsiveContainer>['children']
}

/** The frame of a recharts chart (the shadcn way): sizes it, themes its axes and grid with the site's colours. */
function ChartContainer({ id, className, children, config, ...props }: ChartContainerProps) {
  const uniqueId = React.useId()
  const chartId = `chart-${id ?? uniqueId.replace(/:/g, '')}`
  return (
    <ChartContext.Provider value={config}>
      <div
        data-slot="chart"
        data-chart={chartId}
        className={cn(
          // overflow-hidden: a tooltip left where the pointer was must not widen the page after a resize.
          'flex aspect-video justify-center overflow-hidden text-xs',
          '[&_.recharts-cartesian-axis-tick_text]:fill-muted-foreground [&_.recharts-cartesian-grid_line]:stroke-border',
          '[&_.recharts-curve.recharts-tooltip-cursor]:stroke-border [&_.recharts-surface]:outline-hidden',
          className,
        )}
        {...props}
      >
        <ChartStyle id={chartId} config={config} />
        <RechartsPrimitive.ResponsiveContainer>{children}</RechartsPrimitive.ResponsiveContainer>
      </div>
    </ChartContext.Provider>
  )
}

const ChartTooltip = RechartsPrimitive.Tooltip

type TooltipEntry = { dataKey?: unknown; value?: unknown; color?: string }

type ChartTooltipContentProps = {
  active?: boolean
  payload?: readonly TooltipEntry[]
  label?: React.ReactNode
  labelFormatter?: (label: React.ReactNode) => React.ReactNode
  valueFormatter?: (value: number, key: string) => React.ReactNode
  className?: string
}

/** The tooltip's card: the label, then one line per series with its colour swatch, name and value. */
function ChartTooltipContent({ active, payload, label, labelFormatter, valueFormatter, className }: ChartTooltipContentProps) {
  const config = useChartConfig()
  if (!active || !payload?.length) return null
  return (
    <div className={cn('grid min-w-32 gap-1.5 rounded-lg border bg-background px-2.5 py-1.5 text-xs shadow-xl', className)}>
      <p className="font-medium">{labelFormatter ? labelFormatter(label) : label}</p>
      {payload.map((entry) => {
        const key = String(entry.dataKey)
        return (
          <div key={key} className="flex items-center gap-2">
            <span className="size-2.5 shrink-0 rounded-[2px]" style={{ backgroundColor: `var(--color-${key}, ${entry.color})` }} />
            <span className="text-muted-foreground">{config[key]?.label ?? key}</span>
            <span className="ml-auto font-mono font-medium tabular-nums">
              {valueFormatter ? valueFormatter(Number(entry.value), key) : String(entry.value)}
            </span>
          </div>
        )
      })}
    </div>
  )
}

export { ChartContainer, ChartTooltip, ChartTooltipContent }
