import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../support/server.ts";
import { expectAccessible, launch, signIn } from "./support.ts";

const NETWORK = "Pohjois-Savon lapsi- ja perhepalveluverkosto";

describe("the person's own data, sessions and the network's audit log", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("downloads my data, shows the audit log of an export, and signs out on every device", async () => {
    const context = await browser.newContext({ locale: "fi-FI", acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, server.url, "koordinaattori@demo.solmu.fi");
    // A second device of the same person.
    const phone = await (await browser.newContext({ locale: "fi-FI", storageState: await context.storageState() })).newPage();

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

    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: NETWORK, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: NETWORK }).waitFor();
    const networkUrl = page.url();
    const exported = await page.request.get(`${networkUrl.replace("/networks/", "/api/networks/")}/people/export`);
    expect(exported.status()).toBe(200);
    await page.locator("nav.network-nav").getByRole("link", { name: "Tapahtumaloki" }).click();
    await page.getByRole("heading", { level: 1, name: "Tapahtumaloki" }).waitFor();
    await expect.poll(() => page.getByRole("cell", { name: "Henkilöhakemisto vietiin" }).count()).toBe(1);
    await expectAccessible(page, "audit log");

    await page.goto(`${server.url}/account`);
    await page.getByRole("button", { name: "Kirjaudu ulos kaikilta laitteilta" }).click();
    await page.getByRole("heading", { level: 1, name: /Kirjaudu/ }).waitFor();
    await phone.goto(`${server.url}/`);
    await phone.getByRole("heading", { level: 1, name: /Kirjaudu/ }).waitFor();
    await context.close();
  });
});
