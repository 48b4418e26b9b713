import { Box } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart-drawing.tsx';

// ECharts loads with the first chart shown, not with the app: most pages draw none.
const EChartDrawing = lazy(() => import('./echart-drawing.tsx'));

/** A chart of the app; the box keeps its height while ECharts loads, so the page does not jump. */
export function EChart(props: EChartProps) {
  return (
    <Suspense fallback={<Box h={props.height ?? 320} role="img" aria-label={props.label} />}>
      <EChartDrawing {...props} />
    </Suspense>
  );
}
