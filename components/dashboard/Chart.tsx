import { useEffect, useRef } from 'preact/hooks';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the dashboard draws, so the page bundle carries a fraction of ECharts.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * One ECharts chart. Tooltips are drawn on the canvas (`renderMode: 'richText'`), never as HTML:
 * product and buyer names come from seller pages and must not become markup.
 */
export function Chart({ option, testId, height = 300 }: { option: ChartOption; testId: string; height?: number }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const instance = echarts.init(host.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('finished', () => host.current?.setAttribute('data-rendered', 'true'));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(host.current!);
    return () => {
      resize.disconnect();
      instance.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option, tooltip: { trigger: 'axis', confine: true, ...(option.tooltip as object), renderMode: 'richText' } }, { notMerge: true });
  }, [option]);
  return <div class="chart" ref={host} data-testid={testId} style={{ height: `${height}px` }} />;
}
