import { type ComponentType, type ReactNode, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";
import { createBrowserRouter, Link, Navigate, Outlet, RouterProvider, useLocation } from "react-router";
import { loadNamespaces, ready, type WebNamespace } from "./i18n.ts";
import "./styles.css";
import { ConfirmProvider } from "./components/ConfirmButton.tsx";
import { Layout } from "./components/Layout.tsx";
import { Loading, Page } from "./components/Page.tsx";
import { CoordinatorOnly } from "./features/networks/CoordinatorOnly.tsx";
// The network home and its layout come in the first download, since most visits land there; every other page's
// code comes with its route, beside its catalogues (issue #22: at most 170 KiB of JS and CSS to the home).
import { NetworkHomePage } from "./features/networks/NetworkHomePage.tsx";
import { NetworkLayout } from "./features/networks/NetworkLayout.tsx";
import { SessionProvider, useSession } from "./session.tsx";

/**
 * A route's `lazy`: the catalogues its page uses (its feature's and those of other features whose texts it shows),
 * in the current language, loaded alongside the page's code, so that the page never renders a raw key. The shell's
 * namespaces (common, auth, networks, account, audit, members, people) are there before the first render.
 */
const page = (namespaces: WebNamespace[], load?: () => Promise<ComponentType>) => async (): Promise<{ Component?: ComponentType }> => {
  const [Component] = await Promise.all([load?.(), loadNamespaces(namespaces)]);
  return Component ? { Component } : {};
};

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

/** A coordinator's page, loaded when opened; anyone else is told why it is not theirs to see. */
const coordinatorPage = (titleKey: string, namespaces: WebNamespace[], load: () => Promise<ComponentType>) =>
  page(namespaces, async () => {
    const Loaded = await load();
    return () => <CoordinatorOnlyRoute titleKey={titleKey} page={<Loaded />} />;
  });

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
      { path: "/login", lazy: page(["auth"], async () => (await import("./features/auth/LoginPage.tsx")).LoginPage) },
      {
        path: "/login/problem",
        lazy: page(["auth"], async () => (await import("./features/auth/SsoProblemPage.tsx")).SsoProblemPage),
      },
      {
        path: "/forgot-password",
        lazy: page(["auth"], async () => (await import("./features/auth/PasswordResetPages.tsx")).ForgotPasswordPage),
      },
      {
        path: "/reset-password",
        lazy: page(["auth"], async () => (await import("./features/auth/PasswordResetPages.tsx")).ResetPasswordPage),
      },
      { path: "/invite", lazy: page(["auth"], async () => (await import("./features/auth/InvitePage.tsx")).InvitePage) },
      {
        path: "/accessibility",
        lazy: page(["accessibility"], async () => (await import("./features/accessibility/AccessibilityPage.tsx")).AccessibilityPage),
      },
      { path: "/privacy", lazy: page(["privacy"], async () => (await import("./features/privacy/PrivacyPage.tsx")).PrivacyPage) },
      {
        path: "/unsubscribe",
        lazy: page(["account", "auth"], async () => (await import("./features/account/UnsubscribePage.tsx")).UnsubscribePage),
      },
      {
        element: <SignedIn />,
        children: [
          { path: "/", lazy: page(["networks"], async () => (await import("./features/networks/NetworkListPage.tsx")).NetworkListPage) },
          { path: "/account", lazy: page(["account"], async () => (await import("./features/account/AccountPage.tsx")).AccountPage) },
          { path: "/search", lazy: page(["search"], async () => (await import("./features/search/SearchPage.tsx")).SearchPage) },
          {
            path: "/notifications",
            lazy: page(["account"], async () => (await import("./features/notifications/NotificationsPage.tsx")).NotificationsPage),
          },
          {
            path: "/admin/outbox",
            lazy: page(["members"], async () => (await import("./features/members/OutboxPage.tsx")).InstanceOutboxPage),
          },
          { path: "/admin/users", lazy: page(["users"], async () => (await import("./features/users/UsersPage.tsx")).UsersPage) },
          {
            path: "/admin/audit",
            lazy: page(["audit"], async () => (await import("./features/audit/AuditPage.tsx")).InstanceAuditPage),
          },
          {
            path: "/admin/accessibility",
            lazy: page(
              ["accessibility"],
              async () => (await import("./features/accessibility/AccessibilityReportsPage.tsx")).AccessibilityReportsPage,
            ),
          },
          {
            path: "/networks/new",
            lazy: page(["networks", "surveys"], async () => (await import("./features/networks/NetworkCreatePage.tsx")).NetworkCreatePage),
          },
          {
            path: "/networks/:networkId",
            element: <NetworkLayout />,
            // the network's navigation names the pages of several features
            lazy: page(["networks", "members", "people", "organisations", "import", "audit"]),
            children: [
              { index: true, element: <NetworkHomePage />, lazy: page(["networks"]) },
              {
                path: "members",
                lazy: page(["members", "auth"], async () => (await import("./features/members/MembersPage.tsx")).MembersPage),
              },
              {
                path: "people",
                lazy: page(["people", "organisations"], async () => (await import("./features/people/PeoplePage.tsx")).PeoplePage),
              },
              {
                path: "people/:personId",
                lazy: page(
                  ["people", "auth", "networks", "surveys"],
                  async () => (await import("./features/people/PersonPage.tsx")).PersonPage,
                ),
              },
              {
                path: "organisations",
                lazy: page(
                  ["organisations"],
                  async () => (await import("./features/organisations/OrganisationsPage.tsx")).OrganisationsPage,
                ),
              },
              {
                path: "organisations/:organisationId",
                lazy: page(
                  ["organisations", "networks", "surveys"],
                  async () => (await import("./features/organisations/OrganisationPage.tsx")).OrganisationPage,
                ),
              },
              { path: "import", lazy: page(["import"], async () => (await import("./features/import/ImportPage.tsx")).ImportPage) },
              {
                path: "calendar",
                lazy: page(["calendar"], async () => (await import("./features/calendar/CalendarPage/index.tsx")).CalendarPage),
              },
              {
                path: "promises",
                lazy: page(["promises", "networks"], async () => (await import("./features/promises/PromisesPage/index.tsx")).PromisesPage),
              },
              {
                path: "anticipation",
                lazy: page(["promises"], async () => (await import("./features/promises/AnticipationPage.tsx")).AnticipationPage),
              },
              { path: "goals", lazy: page(["goals", "diagnosis"], async () => (await import("./features/goals/GoalsPage.tsx")).GoalsPage) },
              {
                path: "agreement",
                lazy: page(
                  ["agreement", "polls"],
                  async () => (await import("./features/agreement/AgreementPage/index.tsx")).AgreementPage,
                ),
              },
              {
                path: "agreement/versions/:versionId",
                lazy: page(["agreement"], async () => (await import("./features/agreement/AgreementVersionPage.tsx")).AgreementVersionPage),
              },
              { path: "surveys", lazy: page(["surveys"], async () => (await import("./features/surveys/SurveysPage.tsx")).SurveysPage) },
              {
                path: "surveys/:roundId/answer",
                lazy: page(
                  ["surveys", "networks"],
                  async () => (await import("./features/surveys/SurveyAnswerPage/index.tsx")).SurveyAnswerPage,
                ),
              },
              { path: "health", lazy: page(["surveys"], async () => (await import("./features/surveys/HealthPage/index.tsx")).HealthPage) },
              {
                // The map brings WebGL and graph libraries: its code comes when it is opened, beside its catalogue.
                path: "health/map",
                lazy: coordinatorPage(
                  "surveys.map.title",
                  ["surveys"],
                  async () => (await import("./features/surveys/NetworkMapPage/index.tsx")).NetworkMapPage,
                ),
              },
              {
                path: "meetings",
                lazy: page(["meetings", "calendar"], async () => (await import("./features/meetings/MeetingsPage.tsx")).MeetingsPage),
              },
              {
                path: "meetings/:meetingId",
                lazy: page(
                  ["meetings", "decisions", "networks"],
                  async () => (await import("./features/meetings/MeetingPage/index.tsx")).MeetingPage,
                ),
              },
              {
                path: "meetings/:meetingId/board",
                lazy: page(["meetings"], async () => (await import("./features/meetings/OpenSpaceBoardPage/index.tsx")).OpenSpaceBoardPage),
              },
              {
                path: "activities",
                lazy: page(["meetings"], async () => (await import("./features/meetings/ActivitiesPage.tsx")).ActivitiesPage),
              },
              {
                path: "cycle",
                lazy: page(["cycles", "networks"], async () => (await import("./features/cycles/CyclePage.tsx")).CyclePage),
              },
              {
                path: "decisions",
                lazy: page(["decisions", "polls"], async () => (await import("./features/decisions/DecisionsPage.tsx")).DecisionsPage),
              },
              {
                path: "polls",
                lazy: page(["polls"], async () => (await import("./features/polls/PollsPage/index.tsx")).PollsPage),
              },
              {
                path: "polls/:pollId",
                lazy: page(["polls"], async () => (await import("./features/polls/PollPage/index.tsx")).PollPage),
              },
              {
                path: "diagnosis",
                lazy: page(["diagnosis"], async () => (await import("./features/diagnosis/DiagnosisPage.tsx")).DiagnosisPage),
              },
              {
                path: "evaluation",
                lazy: page(
                  ["evaluation", "goals", "networks"],
                  async () => (await import("./features/evaluation/EvaluationPage/index.tsx")).EvaluationPage,
                ),
              },
              {
                path: "report/:cycleId?",
                lazy: page(
                  ["evaluation", "decisions", "goals", "promises", "surveys"],
                  async () => (await import("./features/evaluation/CycleReportPage/index.tsx")).CycleReportPage,
                ),
              },
              {
                path: "practices",
                lazy: page(["publications"], async () => (await import("./features/publications/PracticesPage.tsx")).PracticesPage),
              },
              {
                path: "publishing",
                lazy: page(["publications"], async () => (await import("./features/publications/PublishingPage.tsx")).PublishingPage),
              },
              {
                path: "outbox",
                lazy: coordinatorPage(
                  "outbox.title",
                  ["members"],
                  async () => (await import("./features/members/OutboxPage.tsx")).OutboxPage,
                ),
              },
              {
                path: "webhooks",
                lazy: coordinatorPage(
                  "webhooks.title",
                  ["webhooks"],
                  async () => (await import("./features/webhooks/WebhooksPage/index.tsx")).WebhooksPage,
                ),
              },
              {
                path: "audit",
                lazy: coordinatorPage("audit.title", ["audit"], async () => (await import("./features/audit/AuditPage.tsx")).AuditPage),
              },
              {
                path: "settings",
                lazy: coordinatorPage(
                  "network.settings",
                  ["networks", "surveys"],
                  async () => (await import("./features/networks/NetworkSettingsPage.tsx")).NetworkSettingsPage,
                ),
              },
            ],
          },
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
]);

const root = document.getElementById("root");
// The first render waits for the shell's catalogues, so that it shows text, never keys.
if (root) {
  void ready.finally(() =>
    createRoot(root).render(
      <StrictMode>
        <SessionProvider>
          <ConfirmProvider>
            <RouterProvider router={router} />
          </ConfirmProvider>
        </SessionProvider>
      </StrictMode>,
    ),
  );
}
