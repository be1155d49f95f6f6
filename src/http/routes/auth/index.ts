import { OpenAPIHono, z } from "@hono/zod-openapi";
import { getCookie } from "hono/cookie";
import { PASSWORD_MAX, PASSWORD_MIN } from "../../../domain/password.ts";
import { completePasswordReset, login, logout, logoutEverywhere, requestPasswordReset } from "../../../services/auth.ts";
import { samlLogoutUrl } from "../../../services/saml.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf, clearSessionCookie, clientAddress, SESSION_COOKIE, setSessionCookie } from "../../middleware/session.ts";
import { presentMe } from "../../presenters/index.ts";
import { errors, jsonBody, jsonOk } from "../../schemas.ts";
import { MeSchema } from "../account/index.ts";
import { routesOf } from "../route.ts";

const route = routesOf("auth");

const Credentials = z.object({
  email: z.string().trim().min(1).max(320).openapi({ example: "koordinaattori@demo.solmu.fi" }),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const Password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

const Accepted = z.object({ ok: z.literal(true) });
const SignedOut = Accepted.extend({ redirect: z.string().optional() });

export const auth = new OpenAPIHono<AppEnv>()
  .openapi(
    route.post(
      "/auth/login",
      "Sign in; sets the HttpOnly session cookie. 429 with Retry-After after 5 failures for the account from this address, 30 from this address, or with a growing delay after 10 for the account from addresses it has not signed in from",
      jsonBody(Credentials),
      { 200: jsonOk(MeSchema, "Signed in"), ...errors(400, 401, 403, 413, 429) },
    ),
    async (c) => {
      const body = c.req.valid("json");
      const { actor, sessionSecret } = await login(c.get("deps"), { ...body, ip: clientAddress(c) });
      setSessionCookie(c, sessionSecret);
      return c.json(presentMe(actor), 200);
    },
  )
  .openapi(
    route.post(
      "/auth/logout",
      "Sign out; ends this session. For a session opened through a SAML identity provider with a logout URL, `redirect` is where the browser goes to end that session too",
      {},
      { 200: jsonOk(SignedOut, "Signed out"), ...errors(403) },
    ),
    async (c) => {
      const secret = getCookie(c, SESSION_COOKIE);
      const redirect = secret ? await samlLogoutUrl(c.get("deps"), secret) : undefined;
      if (secret) await logout(c.get("deps"), secret);
      clearSessionCookie(c);
      return c.json({ ok: true as const, ...(redirect ? { redirect } : {}) }, 200);
    },
  )
  .openapi(
    route.post(
      "/auth/logout-everywhere",
      "Sign out everywhere: ends every session of the signed-in person on every device, their personal API tokens and calendar-feed addresses",
      {},
      { 200: jsonOk(Accepted, "Every session ended"), ...errors(401, 403) },
    ),
    async (c) => {
      await logoutEverywhere(c.get("deps"), actorOf(c));
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    route.post(
      "/auth/password-reset",
      "Ask for a password reset link (same answer whether or not the address has an account, and whether or not a mail was sent: at most 3 mails per account and 10 requests per address an hour). A new link ends the account's earlier ones",
      jsonBody(z.object({ email: z.email().max(320) })),
      { 202: jsonOk(Accepted, "If the address has an account, a link was sent"), ...errors(400, 403, 413) },
    ),
    async (c) => {
      await requestPasswordReset(c.get("deps"), {
        email: c.req.valid("json").email,
        locale: c.get("locale"),
        ip: clientAddress(c),
      });
      return c.json({ ok: true as const }, 202);
    },
  )
  .openapi(
    route.post(
      "/auth/password-reset/complete",
      "Set a new password with the account's newest reset link; ends its other links, every session, API token and calendar-feed address, clears its sign-in throttle and mails the person that this happened",
      jsonBody(z.object({ token: z.string().min(1).max(200), password: Password })),
      { 200: jsonOk(Accepted, "Password changed"), ...errors(400, 403, 413) },
    ),
    async (c) => {
      await completePasswordReset(c.get("deps"), { ...c.req.valid("json"), ip: clientAddress(c) });
      return c.json({ ok: true as const }, 200);
    },
  );
