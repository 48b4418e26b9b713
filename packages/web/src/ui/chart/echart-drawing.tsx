import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts-setup.ts';

export interface EChartProps {
  option: ChartOption;
  /** What the chart shows, read by screen readers in place of the drawing. */
  label: string;
  height?: number;
  testId?: string;
}

/** An ECharts chart drawn as SVG, resized with its box and disposed with the component. */
export default function EChartDrawing({ option, label, height = 320, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Without merging, a series dropped from the option disappears from the drawing too.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <Box ref={box} role="img" aria-label={label} h={height} w="100%" data-testid={testId} />;
}
