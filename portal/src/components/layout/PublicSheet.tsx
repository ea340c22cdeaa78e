import { theme } from 'antd';
import type { ReactNode } from 'react';

/**
 * The white sheet of the signed-out pages, drawn like antd's Card without importing it: Card
 * brings Tabs and its menus, which a phone opening the login or the colleague link never uses.
 */
export const PublicSheet = ({ children, padding }: { children: ReactNode; padding: string }) => {
  const { token } = theme.useToken();
  return (
    <div
      style={{
        background: token.colorBgContainer,
        border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding,
      }}
    >
      {children}
    </div>
  );
};
