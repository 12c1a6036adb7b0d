import type { ReactNode } from 'react'
import { Area, AreaChart, CartesianGrid, XAxis, YAxis } from 'recharts'

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from '@/components/ui/chart'
import { formatMoney } from '@/lib/format'

import type { Stats } from '../api/get-stats'

type Day = Stats['orders_last_30_days'][number]

const chartConfig = { count: { label: 'Commandes', color: 'var(--primary)' } } satisfies ChartConfig

const dayLabel = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'short' })

function tooltipLabel(days: Day[], currency: string) {
  const revenue = new Map(days.map((day) => [day.date, day.revenue]))
  return (date: ReactNode) => (
    <>
      {dayLabel(String(date))}
      <span className="block font-normal text-muted-foreground">
        Chiffre d'affaires : {formatMoney(revenue.get(String(date)) ?? 0, currency)}
      </span>
    </>
  )
}

/** Orders per shop day over 30 days (recharts, in its own lazy chunk); the tooltip adds the day's revenue. */
export function OrdersChart({ days, currency }: { days: Day[]; currency: string }) {
  const total = days.reduce((sum, day) => sum + day.count, 0)
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">Commandes sur 30 jours</CardTitle>
        <CardDescription>{total} commande(s) sur les 30 derniers jours</CardDescription>
      </CardHeader>
      <CardContent>
        <ChartContainer config={chartConfig} className="aspect-auto h-56 w-full" data-testid="orders-chart" aria-hidden="true">
          <AreaChart data={days} margin={{ left: 0, right: 12, top: 8 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="date" tickLine={false} axisLine={false} tickMargin={8} minTickGap={24} tickFormatter={dayLabel} />
            <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={32} />
            <ChartTooltip cursor={false} isAnimationActive={false} content={<ChartTooltipContent labelFormatter={tooltipLabel(days, currency)} />} />
            <Area
              dataKey="count"
              type="linear"
              isAnimationActive={false}
              fill="var(--color-count)"
              fillOpacity={0.15}
              stroke="var(--color-count)"
              strokeWidth={2}
              dot={{ r: 2.5, fill: 'var(--color-count)', strokeWidth: 0 }}
            />
          </AreaChart>
        </ChartContainer>
      </CardContent>
    </Card>
  )
}
