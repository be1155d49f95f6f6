import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";
import { createBrowserRouter, Link, Navigate, Outlet, RouterProvider, useLocation } from "react-router";
import "./i18n.ts";
import "./styles.css";
import { Layout } from "./components/Layout.tsx";
import { Loading, Page } from "./components/Page.tsx";
import { AccountPage } from "./features/account/AccountPage.tsx";
import { AgreementPage } from "./features/agreement/AgreementPage.tsx";
import { AgreementVersionPage } from "./features/agreement/AgreementVersionPage.tsx";
import { InvitePage } from "./features/auth/InvitePage.tsx";
import { LoginPage } from "./features/auth/LoginPage.tsx";
import { ForgotPasswordPage, ResetPasswordPage } from "./features/auth/PasswordResetPages.tsx";
import { CyclePage } from "./features/cycles/CyclePage.tsx";
import { DecisionsPage } from "./features/decisions/DecisionsPage.tsx";
import { DiagnosisPage } from "./features/diagnosis/DiagnosisPage.tsx";
import { GoalsPage } from "./features/goals/GoalsPage.tsx";
import { ImportPage } from "./features/import/ImportPage.tsx";
import { MembersPage } from "./features/members/MembersPage.tsx";
import { InstanceOutboxPage, OutboxPage } from "./features/members/OutboxPage.tsx";
import { NetworkCreatePage } from "./features/networks/NetworkCreatePage.tsx";
import { NetworkHomePage } from "./features/networks/NetworkHomePage.tsx";
import { NetworkLayout } from "./features/networks/NetworkLayout.tsx";
import { NetworkListPage } from "./features/networks/NetworkListPage.tsx";
import { NetworkSettingsPage } from "./features/networks/NetworkSettingsPage.tsx";
import { OrganisationPage } from "./features/organisations/OrganisationPage.tsx";
import { OrganisationsPage } from "./features/organisations/OrganisationsPage.tsx";
import { PeoplePage } from "./features/people/PeoplePage.tsx";
import { PersonPage } from "./features/people/PersonPage.tsx";
import { SessionProvider, useSession } from "./session.tsx";

/** Pages below need a signed-in person; others are sent to sign in and come back afterwards. */
function SignedIn() {
  const { me, loading, signedOut } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me && signedOut) return <Navigate to="/login" replace />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t("notFound.title")}>
      <p>{t("notFound.text")}</p>
      <Link to="/">{t("notFound.home")}</Link>
    </Page>
  );
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: "/login", element: <LoginPage /> },
      { path: "/forgot-password", element: <ForgotPasswordPage /> },
      { path: "/reset-password", element: <ResetPasswordPage /> },
      { path: "/invite", element: <InvitePage /> },
      {
        element: <SignedIn />,
        children: [
          { path: "/", element: <NetworkListPage /> },
          { path: "/account", element: <AccountPage /> },
          { path: "/admin/outbox", element: <InstanceOutboxPage /> },
          { path: "/networks/new", element: <NetworkCreatePage /> },
          {
            path: "/networks/:networkId",
            element: <NetworkLayout />,
            children: [
              { index: true, element: <NetworkHomePage /> },
              { path: "members", element: <MembersPage /> },
              { path: "people", element: <PeoplePage /> },
              { path: "people/:personId", element: <PersonPage /> },
              { path: "organisations", element: <OrganisationsPage /> },
              { path: "organisations/:organisationId", element: <OrganisationPage /> },
              { path: "import", element: <ImportPage /> },
              { path: "goals", element: <GoalsPage /> },
              { path: "agreement", element: <AgreementPage /> },
              { path: "agreement/versions/:versionId", element: <AgreementVersionPage /> },
              { path: "cycle", element: <CyclePage /> },
              { path: "decisions", element: <DecisionsPage /> },
              { path: "diagnosis", element: <DiagnosisPage /> },
              { path: "outbox", element: <OutboxPage /> },
              { path: "settings", element: <NetworkSettingsPage /> },
            ],
          },
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
]);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </StrictMode>,
  );
}
