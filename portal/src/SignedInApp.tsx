import { Authenticated, Refine, useGetIdentity } from '@refinedev/core';
import routerProvider, {
  CatchAllNavigate,
  DocumentTitleHandler,
  UnsavedChangesNotifier,
} from '@refinedev/react-router';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { FullPageSpin } from './components/layout/FullPageSpin';
import { lazyPage } from './lazy-page';
import { accessControlProvider } from './providers/access-control';
import { authProvider, type Identity } from './providers/auth';
import { dataProvider } from './providers/data';
import { i18nProvider } from './providers/i18n';
import { useNotificationProvider } from './providers/notification';
import { type Area, buildResources, entriesOf, homeOfRole } from './resources';

// Every page is its own chunk, fetched when its route opens; so is the signed-in shell.
const AreaLayout = lazyPage(() => import('./components/layout/AreaLayout'), 'AreaLayout');
const AccountPage = lazyPage(() => import('./pages/account'), 'AccountPage');
const ColleagueHome = lazyPage(() => import('./pages/colleague/home'), 'ColleagueHome');
const DelegationHome = lazyPage(() => import('./pages/delegation/home'), 'DelegationHome');
const DelegationOrganizationList = lazyPage(
  () => import('./pages/delegation/organizations'),
  'DelegationOrganizationList',
);
const DelegationOrganizationShow = lazyPage(
  () => import('./pages/delegation/organizations'),
  'DelegationOrganizationShow',
);
const DelegationPersonList = lazyPage(
  () => import('./pages/delegation/persons'),
  'DelegationPersonList',
);
const DelegationPersonShow = lazyPage(
  () => import('./pages/delegation/persons'),
  'DelegationPersonShow',
);
const FinanceHome = lazyPage(() => import('./pages/finance/home'), 'FinanceHome');
const FinanceInvoiceList = lazyPage(() => import('./pages/finance/invoices'), 'FinanceInvoiceList');
const FinanceInvoiceShow = lazyPage(() => import('./pages/finance/invoices'), 'FinanceInvoiceShow');
const FinanceRedLetterList = lazyPage(
  () => import('./pages/finance/invoices'),
  'FinanceRedLetterList',
);
const FinanceRefundList = lazyPage(() => import('./pages/finance/refunds'), 'FinanceRefundList');
const FinanceRefundShow = lazyPage(() => import('./pages/finance/refunds'), 'FinanceRefundShow');
const FinanceReportsPage = lazyPage(() => import('./pages/finance/reports'), 'FinanceReportsPage');
const FinanceStatementsPage = lazyPage(
  () => import('./pages/finance/statements'),
  'FinanceStatementsPage',
);
const FinanceTransferList = lazyPage(
  () => import('./pages/finance/transfers'),
  'FinanceTransferList',
);
const FinanceTransferShow = lazyPage(
  () => import('./pages/finance/transfers'),
  'FinanceTransferShow',
);
const OperationsHome = lazyPage(() => import('./pages/operations/home'), 'OperationsHome');
const IdNumberReadsPage = lazyPage(
  () => import('./pages/operations/id-number-reads'),
  'IdNumberReadsPage',
);
const OneClickCampaignPage = lazyPage(
  () => import('./pages/operations/one-click'),
  'OneClickCampaignPage',
);
const OperationsOrganizationList = lazyPage(
  () => import('./pages/operations/organizations'),
  'OperationsOrganizationList',
);
const OperationsOrganizationShow = lazyPage(
  () => import('./pages/operations/organizations'),
  'OperationsOrganizationShow',
);
const OperationsPersonReviewList = lazyPage(
  () => import('./pages/operations/person-review'),
  'OperationsPersonReviewList',
);
const OperationsPersonReviewShow = lazyPage(
  () => import('./pages/operations/person-review'),
  'OperationsPersonReviewShow',
);
const RegisterPage = lazyPage(() => import('./pages/register'), 'RegisterPage');
const OneClickPage = lazyPage(() => import('./pages/register/one-click'), 'OneClickPage');
const ReturningPage = lazyPage(() => import('./pages/register/returning'), 'ReturningPage');
const ContentDetail = lazyPage(() => import('./pages/services/detail'), 'ContentDetail');
const ServicesHub = lazyPage(() => import('./pages/services/hub'), 'ServicesHub');
const PublicLayout = lazyPage(() => import('./pages/services/PublicLayout'), 'PublicLayout');
const VisitorAddressesPage = lazyPage(
  () => import('./pages/visitor/addresses'),
  'VisitorAddressesPage',
);
const VisitorColleaguesPage = lazyPage(
  () => import('./pages/visitor/colleagues'),
  'VisitorColleaguesPage',
);
const VisitorHome = lazyPage(() => import('./pages/visitor/home'), 'VisitorHome');
const VisitorInvitePage = lazyPage(() => import('./pages/visitor/invite'), 'VisitorInvitePage');
const OrderListPage = lazyPage(() => import('./pages/visitor/orders'), 'OrderListPage');
const OrderConfirmPage = lazyPage(() => import('./pages/visitor/orders/new'), 'OrderConfirmPage');
const OrderShowPage = lazyPage(() => import('./pages/visitor/orders/show'), 'OrderShowPage');
const VisitorOrganizationPage = lazyPage(
  () => import('./pages/visitor/organization'),
  'VisitorOrganizationPage',
);
const VisitorPersonList = lazyPage(() => import('./pages/visitor/persons'), 'VisitorPersonList');
const PersonImportPage = lazyPage(
  () => import('./pages/visitor/persons/import'),
  'PersonImportPage',
);
const LaterRelease = lazyPage(() => import('./components/layout/LaterRelease'), 'LaterRelease');
const NotFound = lazyPage(() => import('./pages/not-found'), 'NotFound');
const PreviousPersonsPage = lazyPage(
  () => import('./pages/visitor/persons/previous'),
  'PreviousPersonsPage',
);

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

/** Where a page's chunk is awaited: inside its layout, so the menu stays while it loads. */
const Paged = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<FullPageSpin />}>{children}</Suspense>
);

const AREAS: Area[] = ['visitor', 'colleague', 'delegation', 'finance', 'operations'];

/** `/`: send a signed-in user to their role's home. */
const RoleHome = () => {
  const { data: identity, isLoading } = useGetIdentity<Identity>();
  if (isLoading) return <FullPageSpin />;
  return <Navigate to={homeOfRole(identity?.role)} replace />;
};

const areaRoutes = (area: Area) => (
  <Route key={area} path={`/${area}`} element={<AreaLayout area={area} />}>
    <Route index element={<Paged>{HOMES[area]()}</Paged>} />
    {entriesOf(area)
      .filter((e) => e.later)
      .map((e) => (
        <Route
          key={e.name}
          path={e.path}
          element={
            <Paged>
              <LaterRelease titleKey={e.labelKey} home={`/${area}`} />
            </Paged>
          }
        />
      ))}
    {PAGES[area].map((page) => (
      <Route key={page.path} path={page.path} element={<Paged>{page.element()}</Paged>} />
    ))}
    {area === 'visitor' && (
      <>
        <Route
          path="services"
          element={
            <Paged>
              <ServicesHub basePath="/visitor/services" signedIn />
            </Paged>
          }
        />
        <Route
          path="services/:kind/:id"
          element={
            <Paged>
              <ContentDetail basePath="/visitor/services" />
            </Paged>
          }
        />
      </>
    )}
    <Route path="*" element={<NotFound />} />
  </Route>
);

export const AppRoutes = () => (
  <Paged>
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
      {/* Public: registration and the services pages (a signed-in visit is harmless). */}
      <Route path="/register" element={<RegisterPage />} />
      <Route path="/register/returning" element={<ReturningPage />} />
      <Route path="/register/one-click" element={<OneClickPage />} />
      <Route path="/services" element={<PublicLayout />}>
        <Route
          index
          element={
            <Paged>
              <ServicesHub basePath="/services" signedIn={false} />
            </Paged>
          }
        />
        <Route
          path=":kind/:id"
          element={
            <Paged>
              <ContentDetail basePath="/services" />
            </Paged>
          }
        />
      </Route>
      <Route element={<PublicLayout />}>
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  </Paged>
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
  );
};

/**
 * The signed-in app and the public pages that read through Refine (registration, services):
 * Refine with a query cache of its own, so a sign-in from the light shell starts empty.
 */
export const SignedInApp = ({ queryClient }: { queryClient?: QueryClient | undefined }) => {
  const client = useMemo(() => queryClient ?? createQueryClient(), [queryClient]);
  return (
    <PortalRefine queryClient={client}>
      <AppRoutes />
    </PortalRefine>
  );
};
