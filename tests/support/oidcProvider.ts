import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** Claims of one person at the test provider, by subject. */
export type TestAccounts = Record<string, { email?: string; email_verified?: boolean; name?: string }>;

const CLIENT_ID = "solmu";
const CLIENT_SECRET = "solmu-test-client-secret";

/**
 * A real OpenID Provider (panva's oidc-provider) on a loopback port, with its own development login and consent pages:
 * any login name signs in as that subject. `signIn` plays the person at the provider without a browser and returns the
 * URL the provider sends the browser back to.
 */
export async function startOidcProvider(options: { redirectUri: string; accounts: TestAccounts; codeSeconds?: () => number }) {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const codeLifetime = () => options.codeSeconds?.() ?? 60;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [options.redirectUri],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    findAccount: (_ctx, sub) => {
      const claims = options.accounts[sub];
      return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["solmu-test-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    ttl: { AuthorizationCode: codeLifetime },
  });
  server.on("request", provider.callback());

  /** Follows the provider's redirects with its cookies, logging in as `subject` and consenting (or declining). */
  async function signIn(authorizationUrl: string, subject: string, answer: { decline?: boolean } = {}): Promise<string> {
    const jar = new Map<string, string>();
    const go = async (url: string, form?: Record<string, string>) => {
      const res = await fetch(new URL(url, issuer), {
        method: form ? "POST" : "GET",
        redirect: "manual",
        headers: {
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
          ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        },
        ...(form ? { body: new URLSearchParams(form).toString() } : {}),
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair = ""] = c.split(";");
        const eq = pair.indexOf("=");
        jar.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
      const location = res.headers.get("location");
      if (!location) throw new Error(`the provider answered ${res.status} without a redirect at ${url}: ${await res.text()}`);
      return new URL(location, issuer).href;
    };
    let next = await go(authorizationUrl);
    let interactions = 0;
    while (!next.startsWith(options.redirectUri)) {
      const interaction = next.match(/\/interaction\/([^/?]+)$/);
      if (!interaction) next = await go(next);
      else if (interactions++ === 0) next = await go(next, { prompt: "login", login: subject, password: "x" });
      else next = answer.decline ? await go(`${next}/abort`) : await go(next, { prompt: "consent" });
    }
    return next;
  }

  return {
    issuer,
    /** The settings that point Solmu at this provider. */
    env: (extra: Record<string, string> = {}) => ({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_LABEL: "Kirjaudu Testiorganisaation tunnuksella",
      ...extra,
    }),
    signIn,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
