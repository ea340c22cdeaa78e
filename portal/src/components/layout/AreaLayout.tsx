import { ThemedLayout } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
import { Grid } from 'antd';
import { Navigate, Outlet } from 'react-router';
import type { Identity } from '../../providers/auth';
import { AREA_OF_ROLE, type Area, homeOfRole } from '../../resources';
import { AppHeader } from './AppHeader';
import { AppTitle } from './AppTitle';
import { FullPageSpin } from './FullPageSpin';

/**
 * The signed-in shell of one area. The Sider lists the resources this role may use
 * (filtered by the access-control provider); a user who opens another role's area is
 * sent to their own home.
 */
export const AreaLayout = ({ area }: { area: Area }) => {
  const { data: identity, isLoading } = useGetIdentity<Identity>();
  const screens = Grid.useBreakpoint();
  if (isLoading) return <FullPageSpin />;
  if (identity && AREA_OF_ROLE[identity.role] !== area) {
    return <Navigate to={homeOfRole(identity.role)} replace />;
  }
  return (
    <ThemedLayout Header={AppHeader} Title={AppTitle}>
      {/* Below lg the Sider becomes a drawer whose toggle floats at the top left of the
          content; keep the page title clear of it. */}
      <div style={{ paddingTop: screens.lg ? 0 : 40 }}>
        <Outlet />
      </div>
    </ThemedLayout>
  );
};
