import { Spin } from 'antd';

export const FullPageSpin = () => (
  <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
    <Spin size="large" />
  </div>
);
