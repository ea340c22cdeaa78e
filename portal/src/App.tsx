import { useNotificationProvider } from '@refinedev/antd';
import '@refinedev/antd/dist/reset.css';
import { Authenticated, Refine, useGetIdentity } from '@refinedev/core';
import routerProvider, {
  CatchAllNavigate,
  DocumentTitleHandler,
  UnsavedChangesNotifier,
} from '@refinedev/react-router';
import { QueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider, Result } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router';
import { AreaLayout } from './components/layout/AreaLayout';
import { FullPageSpin } from './components/layout/FullPageSpin';
import { LaterRelease } from './components/layout/LaterRelease';
import { AccountPage } from './pages/account';
import { ColleagueHome } from './pages/colleague/home';
import { ColleagueJoinPage } from './pages/colleague-join';
import { DelegationHome } from './pages/delegation/home';
import {
  DelegationOrganizationList,
  DelegationOrganizationShow,
} from './pages/delegation/organizations';
import { DelegationPersonList, DelegationPersonShow } from './pages/delegation/persons';
import { FinanceHome } from './pages/finance/home';
import {
  FinanceInvoiceList,
  FinanceInvoiceShow,
  FinanceRedLetterList,
} from './pages/finance/invoices';
import { FinanceRefundList, FinanceRefundShow } from './pages/finance/refunds';
import { FinanceReportsPage } from './pages/finance/reports';
import { FinanceStatementsPage } from './pages/finance/statements';
import { FinanceTransferList, FinanceTransferShow } from './pages/finance/transfers';
import { LoginPage } from './pages/login';
import { CodeSignInPage } from './pages/login/code-sign-in';
import { OperationsHome } from './pages/operations/home';
import { IdNumberReadsPage } from './pages/operations/id-number-reads';
import { OneClickCampaignPage } from './pages/operations/one-click';
import {
  OperationsOrganizationList,
  OperationsOrganizationShow,
} from './pages/operations/organizations';
import {
  OperationsPersonReviewList,
  OperationsPersonReviewShow,
} from './pages/operations/person-review';
import { RegisterPage } from './pages/register';
import { ForgotPasswordPage } from './pages/register/forgot-password';
import { OneClickPage } from './pages/register/one-click';
import { ReturningPage } from './pages/register/returning';
import { ContentDetail } from './pages/services/detail';
import { ServicesHub } from './pages/services/hub';
import { PublicLayout } from './pages/services/PublicLayout';
import { VisitorAddressesPage } from './pages/visitor/addresses';
import { VisitorColleaguesPage } from './pages/visitor/colleagues';
import { VisitorHome } from './pages/visitor/home';
import { VisitorInvitePage } from './pages/visitor/invite';
import { OrderListPage } from './pages/visitor/orders';
import { OrderConfirmPage } from './pages/visitor/orders/new';
import { OrderShowPage } from './pages/visitor/orders/show';
import { VisitorOrganizationPage } from './pages/visitor/organization';
import { VisitorPersonList } from './pages/visitor/persons';
import { PersonImportPage } from './pages/visitor/persons/import';
import { PreviousPersonsPage } from './pages/visitor/persons/previous';
import { accessControlProvider } from './providers/access-control';
import { authProvider, type Identity } from './providers/auth';
import { dataProvider } from './providers/data';
import { i18nProvider } from './providers/i18n';
import { type Area, buildResources, entriesOf, homeOfRole } from './resources';

const HOMES: Record<Area, () => ReactNode> = {
  visitor: () => <VisitorHome />,
  colleague: () => <ColleagueHome />,
  delegation: () => <DelegationHome />,
  finance: () => <FinanceHome />,
  operations: () => <OperationsHome />,
};

/** Pages built so far, by path below the area (entries with `later` render LaterRelease). */
const PAGES: Record<Area, { path: string; element: () => ReactNode }[]> = {
  visitor: [
    { path: 'organization', element: () => <VisitorOrganizationPage /> },
    { path: 'persons', element: () => <VisitorPersonList /> },
    { path: 'persons/previous', element: () => <PreviousPersonsPage /> },
    { path: 'persons/import', element: () => <PersonImportPage /> },
    { path: 'addresses', element: () => <VisitorAddressesPage /> },
    { path: 'invite', element: () => <VisitorInvitePage /> },
    { path: 'colleagues', element: () => <VisitorColleaguesPage /> },
    { path: 'orders', element: () => <OrderListPage /> },
    { path: 'orders/new', element: () => <OrderConfirmPage /> },
    { path: 'orders/:id', element: () => <OrderShowPage /> },
    { path: 'account', element: () => <AccountPage /> },
  ],
  colleague: [{ path: 'account', element: () => <AccountPage /> }],
  delegation: [
    { path: 'organizations', element: () => <DelegationOrganizationList /> },
    { path: 'organizations/:id', element: () => <DelegationOrganizationShow /> },
    { path: 'persons', element: () => <DelegationPersonList /> },
    { path: 'persons/:id', element: () => <DelegationPersonShow /> },
  ],
  finance: [
    { path: 'reports', element: () => <FinanceReportsPage /> },
    { path: 'invoices', element: () => <FinanceInvoiceList /> },
    { path: 'invoices/:id', element: () => <FinanceInvoiceShow /> },
    { path: 'red-letter-confirmations', element: () => <FinanceRedLetterList /> },
    { path: 'refunds', element: () => <FinanceRefundList /> },
    { path: 'refunds/:id', element: () => <FinanceRefundShow /> },
    { path: 'transfers', element: () => <FinanceTransferList /> },
    { path: 'transfers/:id', element: () => <FinanceTransferShow /> },
    { path: 'statements', element: () => <FinanceStatementsPage /> },
  ],
  operations: [
    { path: 'organizations', element: () => <OperationsOrganizationList /> },
    { path: 'organizations/:id', element: () => <OperationsOrganizationShow /> },
    { path: 'one-click-registration', element: () => <OneClickCampaignPage /> },
    { path: 'person-review', element: () => <OperationsPersonReviewList /> },
    { path: 'person-review/:id', element: () => <OperationsPersonReviewShow /> },
    { path: 'id-number-reads', element: () => <IdNumberReadsPage /> },
  ],
};

const AREAS: Area[] = ['visitor', 'colleague', 'delegation', 'finance', 'operations'];

/** `/`: send a signed-in user to their role's home. */
const RoleHome = () => {
  const { data: identity, isLoading } = useGetIdentity<Identity>();
  if (isLoading) return <FullPageSpin />;
  return <Navigate to={homeOfRole(identity?.role)} replace />;
};

const NotFound = () => {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('pages.error.404')} />;
};

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

const areaRoutes = (area: Area) => (
  <Route key={area} path={`/${area}`} element={<AreaLayout area={area} />}>
    <Route index element={HOMES[area]()} />
    {entriesOf(area)
      .filter((e) => e.later)
      .map((e) => (
        <Route
          key={e.name}
          path={e.path}
          element={<LaterRelease titleKey={e.labelKey} home={`/${area}`} />}
        />
      ))}
    {PAGES[area].map((page) => (
      <Route key={page.path} path={page.path} element={page.element()} />
    ))}
    {area === 'visitor' && (
      <>
        <Route path="services" element={<ServicesHub basePath="/visitor/services" signedIn />} />
        <Route path="services/:kind/:id" element={<ContentDetail basePath="/visitor/services" />} />
      </>
    )}
    <Route path="*" element={<NotFound />} />
  </Route>
);

export const AppRoutes = () => (
  <Routes>
    <Route
      element={
        <Authenticated
          key="signed-in"
          loading={<FullPageSpin />}
          fallback={<CatchAllNavigate to="/login" />}
        >
          <Outlet />
        </Authenticated>
      }
    >
      <Route index element={<RoleHome />} />
      {AREAS.map(areaRoutes)}
    </Route>
    <Route
      element={
        <Authenticated key="signed-out" loading={<FullPageSpin />} fallback={<Outlet />}>
          <RoleHome />
        </Authenticated>
      }
    >
      <Route path="/login" element={<LoginPage />} />
    </Route>
    {/* Public: registration and account recovery (a signed-in visit is harmless). */}
    <Route path="/register" element={<RegisterPage />} />
    <Route path="/register/returning" element={<ReturningPage />} />
    <Route path="/register/one-click" element={<OneClickPage />} />
    <Route path="/forgot-password" element={<ForgotPasswordPage />} />
    <Route path="/sign-in-by-code" element={<CodeSignInPage />} />
    <Route path="/join/:token" element={<ColleagueJoinPage />} />
    <Route path="/services" element={<PublicLayout />}>
      <Route index element={<ServicesHub basePath="/services" signedIn={false} />} />
      <Route path=":kind/:id" element={<ContentDetail basePath="/services" />} />
    </Route>
    <Route element={<PublicLayout />}>
      <Route path="*" element={<NotFound />} />
    </Route>
  </Routes>
);

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1, staleTime: 30_000 } },
  });

/** Refine with our providers; `children` are the routes (tests pass a MemoryRouter around it). */
export const PortalRefine = ({
  children,
  queryClient,
}: {
  children: ReactNode;
  queryClient: QueryClient;
}) => {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: labels follow the language
  const resources = useMemo(() => buildResources(t), [t, i18n.language]);
  return (
    <AppConfigProvider>
      <Refine
        dataProvider={dataProvider}
        authProvider={authProvider}
        accessControlProvider={accessControlProvider}
        i18nProvider={i18nProvider}
        routerProvider={routerProvider}
        notificationProvider={useNotificationProvider}
        resources={resources}
        options={{
          disableTelemetry: true,
          syncWithLocation: true,
          warnWhenUnsavedChanges: true,
          reactQuery: { clientConfig: queryClient },
          title: { text: t('app.shortTitle') },
        }}
      >
        {children}
        <UnsavedChangesNotifier />
        <DocumentTitleHandler
          handler={({ resource }) => {
            const label = resource?.meta?.label;
            return label ? `${label} | ${t('app.title')}` : t('app.title');
          }}
        />
      </Refine>
    </AppConfigProvider>
  );
};

export const App = () => {
  const queryClient = useMemo(createQueryClient, []);
  return (
    <BrowserRouter>
      <PortalRefine queryClient={queryClient}>
        <AppRoutes />
      </PortalRefine>
    </BrowserRouter>
  );
};
