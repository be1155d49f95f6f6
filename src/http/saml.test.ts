import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { client } from "../../tests/support/client.ts";
import { databases } from "../../tests/support/databases.ts";
import { IDP_SLO, IDP_SSO, readRedirect, samlEnv, samlResponse } from "../../tests/support/samlIdp.ts";

const SP = "http://localhost/api/auth/saml/metadata";
const ACS = "http://localhost/api/auth/saml/acs";
const MAIL = "urn:oid:0.9.2342.19200300.100.1.3";
const NAME = "urn:oid:2.16.840.1.113730.3.1.241";

describe.each(databases)("signing in through a SAML identity provider (Suomi.fi, ADFS) on %s", (kind) => {
  const t = apiWorld(kind, samlEnv({ PUBLIC_URL: "http://localhost", SAML_ALLOWED_DOMAINS: "kuopio.fi" }));

  /** Solmu's signed request to the IdP, as the browser would carry it. */
  async function start(returnTo = "/networks") {
    const browser = client(t.w.app);
    const r = await browser.get(`/api/auth/saml/start?returnTo=${encodeURIComponent(returnTo)}`);
    expect(r.status).toBe(302);
    return { browser, request: readRedirect(r.headers.get("location") ?? ""), location: r.headers.get("location") ?? "" };
  }

  /** The IdP's page posting its answer back to Solmu, from the IdP's own origin. */
  const post = (browser: ReturnType<typeof client>, samlBody: string, relayState: string) =>
    browser.call("POST", "/api/auth/saml/acs", undefined, {
      raw: new URLSearchParams({ SAMLResponse: samlBody, RelayState: relayState }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://idp.example.fi" },
    });

  const answer = (id: string, extra: Partial<Parameters<typeof samlResponse>[0]> = {}) =>
    samlResponse({
      inResponseTo: id,
      audience: SP,
      recipient: ACS,
      nameID: "AAdzZWNyZXQxMjM",
      attributes: { [MAIL]: "sanna.koskinen@kuopio.fi", [NAME]: "Sanna Koskinen" },
      ...extra,
    });

  const problem = (r: { status: number; headers: Headers }) => {
    expect(r.status).toBe(302);
    const to = new URL(r.headers.get("location") ?? "", "http://localhost");
    return to.pathname === "/login/problem" ? to.searchParams.get("reason") : `not a problem page: ${to.pathname}`;
  };

  it("publishes the service provider's metadata with its certificate and where answers go", async () => {
    const r = await t.w.anonymous().get("/api/auth/saml/metadata");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/samlmetadata\+xml/);
    expect(r.body).toContain(`entityID="${SP}"`);
    expect(r.body).toContain(`Location="${ACS}"`);
    expect(r.body).toMatch(/<(ds:)?X509Certificate>MII/);
    expect(r.body).toContain('WantAssertionsSigned="true"');
  });

  it("sends a signed request and signs in with a signed answer to it, creating the account from an allowed domain", async () => {
    const { browser, request, location } = await start();
    expect(location.startsWith(`${IDP_SSO}?`)).toBe(true);
    expect(request.signatureHolds).toBe(true);
    const done = await post(browser, await answer(request.id), request.relayState);
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/networks");
    expect((await browser.get("/api/me")).body).toMatchObject({ email: "sanna.koskinen@kuopio.fi", name: "Sanna Koskinen" });
    // Only a hash of the subject is kept: with Suomi.fi it may be a personal identity code.
    const rows = await t.deps.storage.db
      .selectFrom("user_identities")
      .select(["provider", "subject"])
      .where("provider", "=", "saml")
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.subject).toMatch(/^[0-9a-f]{64}$/);
  });

  it("opens an assertion encrypted for Solmu's certificate", async () => {
    const { browser, request } = await start();
    const done = await post(browser, await answer(request.id, { nameID: "enc1", encrypt: true }), request.relayState);
    expect(done.headers.get("location")).toBe("/networks");
    expect((await browser.get("/api/me")).body.email).toBe("sanna.koskinen@kuopio.fi");
  });

  it("refuses a replayed answer, an unsigned one, one signed by another key, an expired one and one meant for someone else", async () => {
    const first = await start();
    const body = await answer(first.request.id);
    expect((await post(first.browser, body, first.request.relayState)).status).toBe(302);
    expect(problem(await post(client(t.w.app), body, first.request.relayState))).toBe("state");
    const again = await start();
    expect(problem(await post(client(t.w.app), body, again.request.relayState))).toBe("state");

    const unsigned = await start();
    expect(
      problem(await post(unsigned.browser, await answer(unsigned.request.id, { signWith: "none" }), unsigned.request.relayState)),
    ).toBe("provider");
    const forged = await start();
    expect(problem(await post(forged.browser, await answer(forged.request.id, { signWith: "other" }), forged.request.relayState))).toBe(
      "provider",
    );
    const expired = await start();
    expect(
      problem(await post(expired.browser, await answer(expired.request.id, { validForMs: -5 * 60_000 }), expired.request.relayState)),
    ).toBe("expired");
    const elsewhere = await start();
    const forOther = await answer(elsewhere.request.id, { audience: "https://other-service.example/metadata" });
    expect(problem(await post(elsewhere.browser, forOther, elsewhere.request.relayState))).toBe("provider");
    const failures = await t.deps.storage.db.selectFrom("audit_events").select("subject").where("action", "=", "sso.failed").execute();
    expect(failures.length).toBeGreaterThanOrEqual(6);
  });

  it("links the account with the e-mail the IdP asserts, and refuses a new person from a domain not allowed", async () => {
    const known = await start();
    const linked = await post(
      known.browser,
      await answer(known.request.id, { nameID: "m1", attributes: { [MAIL]: "member@example.fi" } }),
      known.request.relayState,
    );
    expect(linked.status).toBe(302);
    expect((await known.browser.get("/api/me")).body.id).toBe(t.w.people.member.id);
    const stranger = await start();
    const refused = await answer(stranger.request.id, { nameID: "x1", attributes: { [MAIL]: "matti@gmail.com" } });
    expect(problem(await post(stranger.browser, refused, stranger.request.relayState))).toBe("domain");
  });

  it("ends the IdP's session too when the person signs out", async () => {
    const { browser, request } = await start();
    await post(browser, await answer(request.id), request.relayState);
    const out = await browser.post("/api/auth/logout");
    expect(out.status).toBe(200);
    const logout = new URL(out.body.redirect);
    expect(`${logout.origin}${logout.pathname}`).toBe(IDP_SLO);
    expect(logout.searchParams.get("SAMLRequest")).toBeTruthy();
    expect(logout.searchParams.get("Signature")).toBeTruthy();
    expect((await browser.get("/api/me")).status).toBe(401);
    // A password session has nothing to end at the IdP.
    expect((await (await t.w.signedIn("coordinator@example.fi")).post("/api/auth/logout")).body).toEqual({ ok: true });
  });
});
