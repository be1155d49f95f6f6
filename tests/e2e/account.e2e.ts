import { describe, expect, it } from "vitest";
import { DEMO_NETWORK, expectAccessible, signIn, useSolmu } from "./support.ts";

describe("the person's own data, sessions and the network's audit log", () => {
  const solmu = useSolmu();

  it("downloads my data, shows the audit log of an export, and signs out on every device", async () => {
    const context = await solmu.browser.newContext({ locale: "fi-FI", acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, solmu.server.url, "koordinaattori@demo.solmu.fi");
    // A second device of the same person.
    const phone = await (await solmu.browser.newContext({ locale: "fi-FI", storageState: await context.storageState() })).newPage();

    await page.getByRole("link", { name: "Oma tili" }).click();
    await page.getByRole("heading", { level: 2, name: "Omat tietoni" }).waitFor();
    await expectAccessible(page, "account page");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Lataa omat tietoni (JSON)" }).click(),
    ]);
    const file = await download.path();
    const data = JSON.parse(await (await import("node:fs/promises")).readFile(file as string, "utf8"));
    expect(data.person.email).toBe("koordinaattori@demo.solmu.fi");
    expect(data.tables.memberships.length).toBeGreaterThanOrEqual(2);

    await page.goto(`${solmu.server.url}/`);
    await page.getByRole("link", { name: DEMO_NETWORK, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: DEMO_NETWORK }).waitFor();
    const networkUrl = page.url();
    const exported = await page.request.get(`${networkUrl.replace("/networks/", "/api/networks/")}/people/export`);
    expect(exported.status()).toBe(200);
    await page.locator("nav.network-nav").getByRole("link", { name: "Tapahtumaloki" }).click();
    await page.getByRole("heading", { level: 1, name: "Tapahtumaloki" }).waitFor();
    await expect.poll(() => page.getByRole("cell", { name: "Ihmisten luettelo vietiin" }).count()).toBe(1);
    await expectAccessible(page, "audit log");

    await page.goto(`${solmu.server.url}/account`);
    await page.getByRole("button", { name: "Kirjaudu ulos kaikilta laitteilta" }).click();
    await page.getByRole("heading", { level: 1, name: /Kirjaudu/ }).waitFor();
    await phone.goto(`${solmu.server.url}/`);
    await phone.getByRole("heading", { level: 1, name: /Kirjaudu/ }).waitFor();
    await context.close();
  });
});
