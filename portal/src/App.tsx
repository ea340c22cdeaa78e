import '@refinedev/antd/dist/reset.css';
import type { QueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, useLocation } from 'react-router';
import { FullPageSpin } from './components/layout/FullPageSpin';
import { lazyPage } from './lazy-page';
import { isLightPath } from './public-paths';

// Two shells, each its own chunk: the light one for the pages opened cold on a phone, and the
// signed-in app with Refine and its data layer, fetched once a route needs it.
const PublicApp = lazyPage(() => import('./PublicApp'), 'PublicApp');
const SignedInApp = lazyPage<'SignedInApp', { queryClient?: QueryClient | undefined }>(
  () => import('./SignedInApp'),
  'SignedInApp',
);

/** antd and dayjs follow the i18next language. */
export const AppConfigProvider = ({ children }: { children: ReactNode }) => {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#1456b8', borderRadius: 6 } }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
};

/** The shell the current path belongs to; `queryClient` only for tests (the app makes its own). */
export const PortalShells = ({ queryClient }: { queryClient?: QueryClient }) => {
  const { pathname } = useLocation();
  return (
    <AppConfigProvider>
      <Suspense fallback={<FullPageSpin />}>
        {isLightPath(pathname) ? <PublicApp /> : <SignedInApp queryClient={queryClient} />}
      </Suspense>
    </AppConfigProvider>
  );
};

export const App = () => (
  <BrowserRouter>
    <PortalShells />
  </BrowserRouter>
);
