import { useEffect, useRef } from 'preact/hooks';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

export type ChartOption = EChartsCoreOption;

/** ECharts loads with the first chart: the board, the page's first view, never waits for it. */
const loadEcharts = () => import('./echarts').then((module) => module.echarts);

/**
 * One ECharts chart. Tooltips are drawn on the canvas (`renderMode: 'richText'`), never as HTML:
 * product and buyer names come from seller pages and must not become markup.
 */
export function Chart({ option, testId, height = 300 }: { option: ChartOption; testId: string; height?: number }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const draw = () => {
    const o = latest.current;
    chart.current?.setOption({ animation: false, ...o, tooltip: { trigger: 'axis', confine: true, ...(o.tooltip as object), renderMode: 'richText' } }, { notMerge: true });
  };
  useEffect(() => {
    let resize: ResizeObserver | undefined;
    let disposed = false;
    void loadEcharts().then((echarts) => {
      if (disposed || !host.current) return;
      const instance = echarts.init(host.current, undefined, { renderer: 'canvas' });
      chart.current = instance;
      instance.on('finished', () => host.current?.setAttribute('data-rendered', 'true'));
      resize = new ResizeObserver(() => instance.resize());
      resize.observe(host.current);
      draw();
    });
    return () => {
      disposed = true;
      resize?.disconnect();
      chart.current?.dispose();
    };
  }, []);
  useEffect(draw, [option]);
  return <div class="chart" ref={host} data-testid={testId} style={{ height: `${height}px` }} />;
}
