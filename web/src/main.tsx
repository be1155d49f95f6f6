import { lazy, type ReactNode, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";
import { createBrowserRouter, Link, Navigate, Outlet, RouterProvider, useLocation } from "react-router";
import "./i18n.ts";
import "./styles.css";
import { Layout } from "./components/Layout.tsx";
import { Loading, Page } from "./components/Page.tsx";
import { AccountPage } from "./features/account/AccountPage.tsx";
import { InvitePage } from "./features/auth/InvitePage.tsx";
import { LoginPage } from "./features/auth/LoginPage.tsx";
import { ForgotPasswordPage, ResetPasswordPage } from "./features/auth/PasswordResetPages.tsx";
import { MembersPage } from "./features/members/MembersPage.tsx";
import { InstanceOutboxPage, OutboxPage } from "./features/members/OutboxPage.tsx";
import { CoordinatorOnly } from "./features/networks/CoordinatorOnly.tsx";
import { NetworkCreatePage } from "./features/networks/NetworkCreatePage.tsx";
import { NetworkHomePage } from "./features/networks/NetworkHomePage.tsx";
import { NetworkLayout } from "./features/networks/NetworkLayout.tsx";
import { NetworkListPage } from "./features/networks/NetworkListPage.tsx";
import { NetworkSettingsPage } from "./features/networks/NetworkSettingsPage.tsx";
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

function CoordinatorOnlyRoute({ titleKey, page }: { titleKey: string; page: ReactNode }) {
  const { t } = useTranslation();
  return <CoordinatorOnly title={t(titleKey)}>{page}</CoordinatorOnly>;
}

// The map brings WebGL and graph libraries, so it loads only when opened.
const NetworkMapPage = lazy(async () => ({ default: (await import("./features/surveys/NetworkMapPage/index.tsx")).NetworkMapPage }));

function NetworkMapRoute() {
  return (
    <CoordinatorOnlyRoute
      titleKey="surveysUi.map.title"
      page={
        <Suspense fallback={<Loading />}>
          <NetworkMapPage />
        </Suspense>
      }
    />
  );
}

// The audit log is for coordinators only and loads when opened.
const LazyAuditPage = lazy(async () => ({ default: (await import("./features/audit/AuditPage.tsx")).AuditPage }));

function AuditRoute() {
  return (
    <Suspense fallback={<Loading />}>
      <LazyAuditPage />
    </Suspense>
  );
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
        path: "/accessibility",
        lazy: async () => ({ Component: (await import("./features/accessibility/AccessibilityPage.tsx")).AccessibilityPage }),
      },
      { path: "/privacy", lazy: async () => ({ Component: (await import("./features/privacy/PrivacyPage.tsx")).PrivacyPage }) },
      { path: "/unsubscribe", lazy: async () => ({ Component: (await import("./features/account/UnsubscribePage.tsx")).UnsubscribePage }) },
      {
        element: <SignedIn />,
        children: [
          { path: "/", element: <NetworkListPage /> },
          { path: "/account", element: <AccountPage /> },
          {
            path: "/notifications",
            lazy: async () => ({ Component: (await import("./features/notifications/NotificationsPage.tsx")).NotificationsPage }),
          },
          { path: "/admin/outbox", element: <InstanceOutboxPage /> },
          {
            path: "/admin/audit",
            lazy: async () => ({ Component: (await import("./features/audit/AuditPage.tsx")).InstanceAuditPage }),
          },
          {
            path: "/admin/accessibility",
            lazy: async () => ({
              Component: (await import("./features/accessibility/AccessibilityReportsPage.tsx")).AccessibilityReportsPage,
            }),
          },
          { path: "/networks/new", element: <NetworkCreatePage /> },
          {
            path: "/networks/:networkId",
            element: <NetworkLayout />,
            children: [
              { index: true, element: <NetworkHomePage /> },
              { path: "members", element: <MembersPage /> },
              { path: "people", lazy: async () => ({ Component: (await import("./features/people/PeoplePage.tsx")).PeoplePage }) },
              {
                path: "people/:personId",
                lazy: async () => ({ Component: (await import("./features/people/PersonPage.tsx")).PersonPage }),
              },
              {
                path: "organisations",
                lazy: async () => ({ Component: (await import("./features/organisations/OrganisationsPage.tsx")).OrganisationsPage }),
              },
              {
                path: "organisations/:organisationId",
                lazy: async () => ({ Component: (await import("./features/organisations/OrganisationPage.tsx")).OrganisationPage }),
              },
              { path: "import", lazy: async () => ({ Component: (await import("./features/import/ImportPage.tsx")).ImportPage }) },
              {
                path: "calendar",
                lazy: async () => ({ Component: (await import("./features/calendar/CalendarPage/index.tsx")).CalendarPage }),
              },
              {
                path: "promises",
                lazy: async () => ({ Component: (await import("./features/promises/PromisesPage/index.tsx")).PromisesPage }),
              },
              {
                path: "anticipation",
                lazy: async () => ({ Component: (await import("./features/promises/AnticipationPage.tsx")).AnticipationPage }),
              },
              { path: "goals", lazy: async () => ({ Component: (await import("./features/goals/GoalsPage.tsx")).GoalsPage }) },
              {
                path: "agreement",
                lazy: async () => ({ Component: (await import("./features/agreement/AgreementPage/index.tsx")).AgreementPage }),
              },
              {
                path: "agreement/versions/:versionId",
                lazy: async () => ({ Component: (await import("./features/agreement/AgreementVersionPage.tsx")).AgreementVersionPage }),
              },
              { path: "surveys", lazy: async () => ({ Component: (await import("./features/surveys/SurveysPage.tsx")).SurveysPage }) },
              {
                path: "surveys/:roundId/answer",
                lazy: async () => ({ Component: (await import("./features/surveys/SurveyAnswerPage/index.tsx")).SurveyAnswerPage }),
              },
              { path: "health", lazy: async () => ({ Component: (await import("./features/surveys/HealthPage/index.tsx")).HealthPage }) },
              { path: "health/map", element: <NetworkMapRoute /> },
              { path: "meetings", lazy: async () => ({ Component: (await import("./features/meetings/MeetingsPage.tsx")).MeetingsPage }) },
              {
                path: "meetings/:meetingId",
                lazy: async () => ({ Component: (await import("./features/meetings/MeetingPage/index.tsx")).MeetingPage }),
              },
              {
                path: "meetings/:meetingId/board",
                lazy: async () => ({ Component: (await import("./features/meetings/OpenSpaceBoardPage/index.tsx")).OpenSpaceBoardPage }),
              },
              {
                path: "activities",
                lazy: async () => ({ Component: (await import("./features/meetings/ActivitiesPage.tsx")).ActivitiesPage }),
              },
              { path: "cycle", lazy: async () => ({ Component: (await import("./features/cycles/CyclePage.tsx")).CyclePage }) },
              {
                path: "decisions",
                lazy: async () => ({ Component: (await import("./features/decisions/DecisionsPage.tsx")).DecisionsPage }),
              },
              {
                path: "diagnosis",
                lazy: async () => ({ Component: (await import("./features/diagnosis/DiagnosisPage.tsx")).DiagnosisPage }),
              },
              {
                path: "evaluation",
                lazy: async () => ({ Component: (await import("./features/evaluation/EvaluationPage/index.tsx")).EvaluationPage }),
              },
              {
                path: "report/:cycleId?",
                lazy: async () => ({ Component: (await import("./features/evaluation/CycleReportPage/index.tsx")).CycleReportPage }),
              },
              {
                path: "practices",
                lazy: async () => ({ Component: (await import("./features/publications/PracticesPage.tsx")).PracticesPage }),
              },
              {
                path: "publishing",
                lazy: async () => ({ Component: (await import("./features/publications/PublishingPage.tsx")).PublishingPage }),
              },
              { path: "outbox", element: <CoordinatorOnlyRoute titleKey="outbox.title" page={<OutboxPage />} /> },
              { path: "audit", element: <CoordinatorOnlyRoute titleKey="audit.title" page={<AuditRoute />} /> },
              { path: "settings", element: <CoordinatorOnlyRoute titleKey="network.settings" page={<NetworkSettingsPage />} /> },
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
