import { Column } from '@ant-design/plots';

export interface ChartRow {
  name: string;
  status: string;
  count: number;
}

/** Stacked columns: organizations per sub-delegation by review status (lazy-loaded: G2 is big). */
const StatusColumnChart = ({ data, height = 320 }: { data: ChartRow[]; height?: number }) => (
  <Column
    data={data}
    xField="name"
    yField="count"
    colorField="status"
    stack
    height={height}
    axis={{ x: { labelAutoRotate: true, labelAutoHide: true } }}
    legend={{ color: { position: 'top' } }}
  />
);

export default StatusColumnChart;
