import net from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOidcProvider } from "../support/oidcProvider.ts";
import { startSamlIdp } from "../support/samlIdp.ts";
import { type RunningServer, startServer } from "../support/server.ts";
import { DEMO_NETWORK, expectAccessible, fitsWidth, launch, signedInPage, signIn } from "./support.ts";

/** A port nobody listens on now, so that the provider can know Solmu's callback before Solmu starts. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

describe("signing in with the organisation's account, and the instance admin's users", () => {
  let op: Awaited<ReturnType<typeof startOidcProvider>>;
  let idp: Awaited<ReturnType<typeof startSamlIdp>>;
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    const port = await freePort();
    op = await startOidcProvider({
      redirectUri: `http://127.0.0.1:${port}/api/auth/oidc/callback`,
      accounts: { "aino-laaksonen": { email: "koordinaattori@demo.solmu.fi", email_verified: true, name: "Aino Laaksonen" } },
    });
    idp = await startSamlIdp({ nameID: "AAdzZWNyZXQ", email: "havainnoija@demo.solmu.fi", name: "Liisa Ojala" });
    server = await startServer({ PORT: String(port), ...op.env(), ...idp.env() });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await op?.close();
    await idp?.close();
  });

  it("signs in through a real OpenID provider's own login and consent pages, lands signed in and signs out", async () => {
    const page = await (await browser.newContext({ locale: "fi-FI" })).newPage();
    await page.goto(`${server.url}/login`);
    await expectAccessible(page, "sign-in page with a provider");
    await page.getByRole("link", { name: "Kirjaudu Testiorganisaation tunnuksella" }).click();
    // The provider's development pages: any login name is a subject.
    await page.locator('input[name="login"]').fill("aino-laaksonen");
    await page.locator('input[name="password"]').fill("provider-password");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { level: 1, name: "Omat verkostot" }).waitFor();
    expect(new URL(page.url()).origin).toBe(server.url);
    await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
    await page.getByRole("heading", { level: 1, name: "Kirjaudu sisään" }).waitFor();
  });

  it("signs in through a SAML identity provider's page, as with Suomi.fi, and signs out there too", async () => {
    const page = await (await browser.newContext({ locale: "fi-FI" })).newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole("link", { name: "Suomi.fi-tunnistus (testi)" }).click();
    await page.getByRole("heading", { level: 1, name: "Testitunnistus" }).waitFor();
    expect(await page.getByText("Pyyntö on allekirjoitettu.").count()).toBe(1);
    await page.getByRole("button", { name: "Jatka palveluun" }).click();
    await page.getByRole("heading", { level: 1, name: "Omat verkostot" }).waitFor();
    expect((await (await page.request.get(`${server.url}/api/me`)).json()).signedInWith).toBe("sso:saml");
    await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
    await page.getByRole("heading", { level: 1, name: "Olet kirjautunut ulos" }).waitFor();
    expect(await page.getByText("Uloskirjautumispyyntö on allekirjoitettu.").count()).toBe(1);
    expect((await page.request.get(`${server.url}/api/me`)).status()).toBe(401);
  });

  it("tells in the person's language why a sign-in failed and what to do", async () => {
    const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await page.goto(`${server.url}/api/auth/oidc/callback?state=forged&code=x`);
    await page.getByRole("heading", { level: 1, name: "Sign-in did not succeed" }).waitFor();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/could not be matched to this browser/);
    await expectAccessible(page, "sign-in problem page");
    await page.getByRole("link", { name: "Try again" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  });

  it("lets the instance admin find, disable and enable an account, on a phone too", async () => {
    // The demo admin uses Solmu in Finnish; the member below in English.
    const context = await browser.newContext({ locale: "fi-FI", viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await signIn(page, server.url, "admin@demo.solmu.fi");
    await page.getByRole("link", { name: "Käyttäjät" }).click();
    await page.getByRole("heading", { level: 1, name: "Käyttäjät" }).waitFor();
    await page.getByLabel("Hae nimellä tai sähköpostilla").fill("jasen@");
    await page.getByRole("main").getByRole("button", { name: "Hae", exact: true }).click();
    await expect.poll(() => page.getByRole("main").getByRole("status").first().textContent()).toBe("1 käyttäjä näkyvissä.");
    const card = page.getByRole("listitem").filter({ hasText: "jasen@demo.solmu.fi" });
    await card.getByRole("button", { name: "Poista käytöstä" }).click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.textContent()).toMatch(/Poistetaanko käyttäjän Mikko Heikkinen tili käytöstä\?/);
    await expectAccessible(page, "confirmation dialog");
    await dialog.getByRole("button", { name: "Poista käytöstä" }).click();
    await expect.poll(() => card.getByRole("status").textContent()).toBe("Käyttäjän Mikko Heikkinen tili on poistettu käytöstä.");
    expect(await card.getByText("poistettu käytöstä", { exact: true }).count()).toBe(1);
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page, "users page");

    const member = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await member.goto(`${server.url}/login`);
    await member.getByLabel("E-mail").fill("jasen@demo.solmu.fi");
    await member.getByLabel("Password").fill("solmu-demo-2026");
    await member.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => member.getByRole("alert").textContent()).toMatch(/Your account has been disabled/);

    await card.getByRole("button", { name: "Ota käyttöön" }).click();
    await expect.poll(() => card.getByRole("status").textContent()).toBe("Käyttäjän Mikko Heikkinen tili on taas käytössä.");
  });

  it("lets the admin merge the two accounts of one person, in English, and send a reset link, in Swedish", async () => {
    const page = await (await browser.newContext({ locale: "fi-FI" })).newPage();
    await signIn(page, server.url, "admin@demo.solmu.fi");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("link", { name: "Users" }).click();
    await page.getByLabel("Search by name or e-mail").fill("Mikko Heikkinen");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect.poll(() => page.getByRole("main").getByRole("status").first().textContent()).toBe("2 users shown.");
    const duplicate = page.getByRole("listitem").filter({ hasText: "mikko.heikkinen@siilinjarvi.fi" });
    await duplicate.getByText("Merge into another account").click();
    await duplicate.getByLabel("E-mail of the account to keep").fill("jasen@demo.solmu.fi");
    await duplicate.getByRole("button", { name: "Find the account" }).click();
    await expect
      .poll(() => duplicate.getByRole("status").textContent())
      .toMatch(/Merge mikko.heikkinen@siilinjarvi.fi into the account jasen@demo.solmu.fi\?/);
    await expectAccessible(page, "merge step");
    await duplicate.getByRole("button", { name: "Merge the accounts" }).click();
    const kept = page.getByRole("listitem").filter({ hasText: "jasen@demo.solmu.fi" });
    await expect
      .poll(() => kept.getByRole("status").textContent())
      .toBe("mikko.heikkinen@siilinjarvi.fi was merged into jasen@demo.solmu.fi.");
    await expect.poll(() => page.getByRole("main").getByRole("status").first().textContent()).toBe("1 user shown.");
    // The kept account now belongs to the youth network the other one was imported into.
    await expect.poll(() => kept.textContent()).toMatch(/Österbottens nätverk för ungas välbefinnande/);

    await page.getByRole("button", { name: "Svenska" }).click();
    await kept.getByRole("button", { name: "Skicka länk för att byta lösenord" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Skicka länk för att byta lösenord" }).click();
    await expect.poll(() => kept.getByRole("status").textContent()).toBe("Länken skickades till jasen@demo.solmu.fi.");
  });

  it("lets a coordinator signed in through the provider require it of the network's members", async () => {
    const coordinator = await (await browser.newContext({ locale: "fi-FI" })).newPage();
    await coordinator.goto(`${server.url}/login`);
    await coordinator.getByRole("link", { name: "Kirjaudu Testiorganisaation tunnuksella" }).click();
    await coordinator.locator('input[name="login"]').fill("aino-laaksonen");
    await coordinator.locator('input[name="password"]').fill("provider-password");
    await coordinator.getByRole("button", { name: "Sign-in" }).click();
    await coordinator.getByRole("button", { name: "Continue" }).click();
    await coordinator.getByRole("link", { name: DEMO_NETWORK, exact: true }).click();
    await coordinator.getByRole("heading", { level: 1, name: DEMO_NETWORK }).waitFor();
    const networkUrl = coordinator.url();
    await coordinator.goto(`${networkUrl}/settings`);
    const rule = coordinator.getByLabel("Jäsenet kirjautuvat verkostoon vain organisaationsa tunnuksella");
    await rule.check();
    await coordinator.getByRole("button", { name: "Tallenna", exact: true }).click();
    await expect.poll(() => coordinator.getByRole("main").getByRole("status").first().textContent()).toBe("Tallennettu.");
    await expectAccessible(coordinator, "network settings with the sign-in rule");

    const member = await signedInPage(browser, server.url, "jasen@demo.solmu.fi");
    await member.goto(networkUrl);
    await expect
      .poll(() => member.getByRole("alert").first().textContent())
      .toMatch(/Tähän verkostoon kirjaudutaan organisaation tunnuksella/);

    await rule.uncheck();
    await coordinator.getByRole("button", { name: "Tallenna", exact: true }).click();
    await member.goto(networkUrl);
    await member.getByRole("heading", { level: 1, name: DEMO_NETWORK }).waitFor();
  });
});
