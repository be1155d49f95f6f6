import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../support/server.ts";
import { expectAccessible, fitsWidth, launch, signedInPage } from "./support.ts";

describe("the accessibility statement and its feedback channel", () => {
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

  it("is public, accessible and takes a report without sign-in", async () => {
    const page = await (await browser.newContext({ locale: "fi-FI" })).newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole("link", { name: "Saavutettavuusseloste" }).click();
    await page.getByRole("heading", { level: 1, name: "Saavutettavuusseloste" }).waitFor();
    await expect.poll(() => page.getByText(/WCAG 2\.1/).count()).toBeGreaterThan(0);
    await expectAccessible(page, "accessibility statement");
    await page.getByLabel("Sivu tai toiminto").fill("Verkostokartta");
    await page.getByLabel("Mikä ongelma on?").fill("Kartan solmuja ei voi valita näppäimistöllä.");
    await page.getByRole("button", { name: "Lähetä ilmoitus" }).click();
    await expect.poll(() => page.getByText("Kiitos! Ilmoituksesi on vastaanotettu.").count()).toBe(1);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await fitsWidth(page), "statement at 320px").toBe(true);
  });

  it("shows the report to the instance admin", async () => {
    const page = await signedInPage(browser, server.url, "admin@demo.solmu.fi");
    await page.goto(`${server.url}/admin/accessibility`);
    await page.getByRole("heading", { level: 1, name: "Saavutettavuusilmoitukset" }).waitFor();
    await expect.poll(() => page.getByText("Kartan solmuja ei voi valita näppäimistöllä.").count()).toBe(1);
    await expectAccessible(page, "accessibility reports");
  });
});
