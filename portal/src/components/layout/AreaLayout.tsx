import { ThemedLayout } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
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
  if (isLoading) return <FullPageSpin />;
  if (identity && AREA_OF_ROLE[identity.role] !== area) {
    return <Navigate to={homeOfRole(identity.role)} replace />;
  }
  return (
    <ThemedLayout Header={AppHeader} Title={AppTitle}>
      <Outlet />
    </ThemedLayout>
  );
};
