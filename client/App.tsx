/** The app shell: loads the session, guards the pages behind sign-in, and picks the page for the location. */
import { useEffect } from 'preact/hooks';
import { authStore, loadSession, loginPath, pathAfterLogin, signedIn } from './auth.js';
import { Header } from './components/Header.js';
import { Link } from './components/Link.js';
import { useT } from './i18n.js';
import { AmendmentPage } from './pages/AmendmentPage.js';
import { AmendmentTablePage } from './pages/AmendmentTablePage.js';
import { DossierPage } from './pages/DossierPage.js';
import { EditorPage } from './pages/EditorPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { VersionComparePage } from './pages/VersionComparePage.js';
import { VersionPage } from './pages/VersionPage.js';
// Contribution rounds (client/rounds)
import { ContributionPage } from './pages/ContributionPage.js';
import { RoundPage } from './pages/RoundPage.js';
import { RoundsPage } from './pages/RoundsPage.js';
// Notifications and the admin's views
import { AdminPage } from './pages/AdminPage.js';
import { NotificationsPage } from './pages/NotificationsPage.js';
// Advice rounds (client/advice)
import { AdviceRoundPage } from './pages/AdviceRoundPage.js';
import { AdviceRoundsPage } from './pages/AdviceRoundsPage.js';
import { matchRoute, navigate, pathStore } from './router.js';
import { useStore } from './store.js';

/** The whole app. */
export function App() {
  const t = useT();
  const auth = useStore(authStore);
  const route = matchRoute(useStore(pathStore));

  useEffect(() => {
    loadSession().catch(() => authStore.set({ status: 'signedOut' }));
  }, []);

  // Redirects happen in an effect: navigating during render would update a store mid-render.
  const redirect =
    auth.status === 'signedOut' && route.page !== 'login'
      ? loginPath()
      : auth.status === 'signedIn' && route.page === 'login'
        ? pathAfterLogin()
        : null;
  useEffect(() => {
    if (redirect !== null) navigate(redirect, { replace: true });
  }, [redirect]);

  if (auth.status === 'loading' || redirect !== null) {
    return <p class="loading page">{t('app.loading')}</p>;
  }
  if (auth.status === 'signedOut') {
    return (
      <LoginPage
        onSignedIn={(user) => {
          signedIn(user);
        }}
      />
    );
  }
  const { user } = auth;
  return (
    <>
      <Header user={user} />
      {route.page === 'dossier' && <DossierPage />}
      {route.page === 'editor' && <EditorPage user={user} documentId={route.documentId} />}
      {route.page === 'amendment' && <AmendmentPage key={route.amendmentId} user={user} amendmentId={route.amendmentId} />}
      {route.page === 'amendmentTable' && <AmendmentTablePage subject={{ amendmentId: route.amendmentId }} />}
      {route.page === 'documentAmendmentTable' && (
        <AmendmentTablePage subject={{ documentId: route.documentId, query: route.query }} />
      )}
      {/* Versions (client/versions) */}
      {route.page === 'version' && <VersionPage key={route.versionId} versionId={route.versionId} />}
      {route.page === 'versionCompare' && <VersionComparePage documentId={route.documentId} query={route.query} />}
      {/* Contribution rounds (client/rounds) */}
      {route.page === 'rounds' && <RoundsPage user={user} query={route.query} />}
      {route.page === 'round' && <RoundPage key={route.roundId} user={user} roundId={route.roundId} />}
      {route.page === 'contribution' && <ContributionPage key={route.contributionId} contributionId={route.contributionId} />}
      {/* Notifications and the admin's views */}
      {route.page === 'notifications' && <NotificationsPage user={user} />}
      {route.page === 'admin' && <AdminPage user={user} />}
      {/* Advice rounds (client/advice) */}
      {route.page === 'adviceRounds' && <AdviceRoundsPage user={user} query={route.query} />}
      {route.page === 'adviceRound' && <AdviceRoundPage key={route.roundId} user={user} roundId={route.roundId} />}
      {(route.page === 'notFound' || route.page === 'login') && (
        <main class="page">
          <p>{t('app.notFound')}</p>
          <Link href="/">{t('app.backToDossier')}</Link>
        </main>
      )}
    </>
  );
}
