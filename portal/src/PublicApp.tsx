import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { FullPageSpin } from './components/layout/FullPageSpin';
import { lazyPage } from './lazy-page';
import { getToken, setToken } from './providers/http';
import { fetchSession } from './providers/session';
import { homeOfRole } from './resources';

const ColleagueJoinPage = lazyPage(() => import('./pages/colleague-join'), 'ColleagueJoinPage');
const CodeSignInPage = lazyPage(() => import('./pages/login/code-sign-in'), 'CodeSignInPage');
const ForgotPasswordPage = lazyPage(
  () => import('./pages/register/forgot-password'),
  'ForgotPasswordPage',
);
const LoginPage = lazyPage(() => import('./pages/login'), 'LoginPage');

/** `/login` for a visitor still signed in: their role's home, as the signed-in app would send. */
const SignedOutOnly = ({ children }: { children: ReactNode }) => {
  const [home, setHome] = useState<string | null | undefined>(getToken() ? undefined : null);
  useEffect(() => {
    if (home !== undefined) return;
    fetchSession().then(
      (session) => setHome(homeOfRole(session.role)),
      (error: { statusCode?: number }) => {
        if (error?.statusCode === 401) setToken(null);
        setHome(null);
      },
    );
  }, [home]);
  if (home === undefined) return <FullPageSpin />;
  return home ? <Navigate to={home} replace /> : children;
};

/**
 * The pages people open cold on a phone (login, the colleague's link, account recovery), without
 * Refine and its query cache: they talk to the cms through `request` and the auth provider.
 */
export const PublicApp = () => {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the title follows the language
  useEffect(() => {
    document.title = t('app.title');
  }, [t, i18n.language]);
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <SignedOutOnly>
            <LoginPage />
          </SignedOutOnly>
        }
      />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/sign-in-by-code" element={<CodeSignInPage />} />
      <Route path="/join/:token" element={<ColleagueJoinPage />} />
    </Routes>
  );
};
