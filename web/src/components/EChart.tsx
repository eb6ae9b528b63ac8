// A thin React wrapper over ECharts: one chart instance per element, option updates in place, resize with the
// container (ResizeObserver), disposed on unmount. Only the chart types and components we use are registered,
// which keeps the bundle far below the full `echarts` import.
import { useEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

interface Props {
  option: ChartOption;
  height?: number;
  style?: CSSProperties;
  /** Accessible name of the chart (the canvas itself says nothing to a screen reader). */
  ariaLabel: string;
  onClickDataIndex?: (seriesIndex: number, dataIndex: number) => void;
}

export function EChart({ option, height = 260, style, ariaLabel, onClickDataIndex }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClickDataIndex);

  useEffect(() => {
    clickRef.current = onClickDataIndex;
  }, [onClickDataIndex]);

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const instance = echarts.init(node, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) => {
      if (typeof p.seriesIndex === 'number' && typeof p.dataIndex === 'number')
        clickRef.current?.(p.seriesIndex, p.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={el} role="img" aria-label={ariaLabel} style={{ width: '100%', height, ...style }} />;
}
