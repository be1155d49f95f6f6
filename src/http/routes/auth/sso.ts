import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { completeSaml, completeSamlLogout, samlMetadata, startSaml } from "../../../services/saml.ts";
import { completeOidc, SsoFailure, ssoProviders, startOidc } from "../../../services/sso.ts";
import type { AppEnv } from "../../env.ts";
import { isHttps, setSessionCookie } from "../../middleware/session.ts";
import { errors, jsonOk } from "../../schemas.ts";
import { routesOf } from "../route.ts";

const route = routesOf("auth");

/** Binds a sign-in at the provider to the browser that started it; only the callback reads it. */
const SSO_COOKIE = "solmu_sso";
const CALLBACK_PATH = "/api/auth/oidc/callback";

const Providers = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        start: z.string().openapi({ description: "Where the browser goes to begin; add `returnTo` (a path of the app) to its query" }),
      }),
    ),
  })
  .openapi("SignInProviders", { description: "The identity providers configured on this instance (OIDC_* settings)" });

const redirect = { 302: { description: "To the identity provider" } };

/** The app's page that tells, in the person's language, why a sign-in failed and what to do. */
const failurePage = (c: Context<AppEnv>, reason: string) => c.redirect(`/login/problem?reason=${encodeURIComponent(reason)}`, 302);

/** Ends a provider's answer: signed in and on to where the person was going, or on the page that says what failed. */
async function signedIn(c: Context<AppEnv>, complete: () => Promise<{ sessionSecret: string; returnTo: string }>) {
  try {
    const done = await complete();
    setSessionCookie(c, done.sessionSecret);
    return c.redirect(done.returnTo, 302);
  } catch (err) {
    if (err instanceof SsoFailure) return failurePage(c, err.reason);
    throw err;
  }
}

export const ssoRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    route.get(
      "/auth/providers",
      "The organisations' identity providers people may sign in with, for the sign-in page's buttons",
      {},
      { 200: jsonOk(Providers, "Providers") },
    ),
    (c) => c.json({ items: ssoProviders(c.get("deps")) }, 200),
  )
  .openapi(
    route.get(
      "/auth/saml/metadata",
      "Solmu's SAML 2.0 service provider metadata, for registering Solmu at the identity provider (Suomi.fi, ADFS)",
      {},
      {
        200: { description: "SAML metadata", content: { "application/samlmetadata+xml": { schema: z.string() } } },
        ...errors(404),
      },
    ),
    async (c) => c.body(await samlMetadata(c.get("deps")), 200, { "content-type": "application/samlmetadata+xml; charset=utf-8" }),
  )
  .openapi(
    route.get(
      "/auth/saml/start",
      "Begin signing in at the SAML identity provider: redirects there with a signed AuthnRequest (HTTP-Redirect binding)",
      { query: z.object({ returnTo: z.string().max(2000).optional() }) },
      { ...redirect, ...errors(400, 404) },
    ),
    async (c) => c.redirect((await startSaml(c.get("deps"), c.req.valid("query"))).url, 302),
  )
  .openapi(
    route.post(
      "/auth/saml/acs",
      "The assertion consumer service: the identity provider POSTs its answer here. A signed, unexpired assertion answering a request Solmu sent and nobody has used signs in; anything else redirects to /login/problem?reason=…",
      {
        body: {
          required: true,
          content: {
            "application/x-www-form-urlencoded": {
              schema: z.object({ SAMLResponse: z.string().max(500_000), RelayState: z.string().max(200).optional() }),
            },
          },
        },
      },
      { 302: { description: "Into the app, or to the page that explains the failure" }, ...errors(400) },
    ),
    async (c) => {
      const form = c.req.valid("form");
      const input = { samlResponse: form.SAMLResponse, relayState: form.RelayState, locale: c.get("locale") };
      return signedIn(c, () => completeSaml(c.get("deps"), input));
    },
  )
  .openapi(
    route.get(
      "/auth/saml/logout",
      "Where the SAML identity provider answers a logout (HTTP-Redirect binding); redirects to the sign-in page",
      {},
      { 302: { description: "To the sign-in page" } },
    ),
    async (c) => {
      const url = new URL(c.req.url);
      await completeSamlLogout(c.get("deps"), Object.fromEntries(url.searchParams), url.search.slice(1));
      return c.redirect("/login", 302);
    },
  )
  .openapi(
    route.get(
      "/auth/oidc/start",
      "Begin signing in with an OpenID Connect provider: redirects there with state, nonce and PKCE (S256). The provider answers at /api/auth/oidc/callback",
      {
        query: z.object({
          provider: z.string().max(40).optional().openapi({ description: "The provider's id; the first configured when left out" }),
          returnTo: z.string().max(2000).optional().openapi({ description: "A path of this app to land on once signed in" }),
        }),
      },
      { ...redirect, ...errors(400, 404) },
    ),
    async (c) => {
      const query = c.req.valid("query");
      try {
        const { url, browserSecret } = await startOidc(c.get("deps"), query);
        setCookie(c, SSO_COOKIE, browserSecret, { httpOnly: true, sameSite: "Lax", secure: isHttps(c), path: CALLBACK_PATH, maxAge: 600 });
        return c.redirect(url, 302);
      } catch (err) {
        if (err instanceof SsoFailure) return failurePage(c, err.reason);
        throw err;
      }
    },
  )
  .openapi(
    route.get(
      "/auth/oidc/callback",
      "Where the provider sends the browser back. Signs in (sets the session cookie) and redirects into the app; any failure — denied consent, wrong or reused state, an expired code, an unverified e-mail, a domain not allowed, a disabled account — redirects to /login/problem?reason=…, which says what happened in the person's language",
      {},
      { 302: { description: "Into the app, or to the page that explains the failure" } },
    ),
    async (c) => {
      const browserSecret = getCookie(c, SSO_COOKIE);
      deleteCookie(c, SSO_COOKIE, { path: CALLBACK_PATH });
      return signedIn(c, () => completeOidc(c.get("deps"), { answer: new URL(c.req.url), browserSecret, locale: c.get("locale") }));
    },
  );
