import { describe, expect, it } from "vitest";
import { expectAccessible, fitsWidth, signedInPage, useSolmu } from "./support.ts";

describe("the accessibility statement and its feedback channel", () => {
  const solmu = useSolmu();

  it("is public, accessible and takes a report without sign-in", async () => {
    const page = await (await solmu.browser.newContext({ locale: "fi-FI" })).newPage();
    await page.goto(`${solmu.server.url}/login`);
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
    const page = await signedInPage(solmu.browser, solmu.server.url, "admin@demo.solmu.fi");
    await page.goto(`${solmu.server.url}/admin/accessibility`);
    await page.getByRole("heading", { level: 1, name: "Saavutettavuusilmoitukset" }).waitFor();
    await expect.poll(() => page.getByText("Kartan solmuja ei voi valita näppäimistöllä.").count()).toBe(1);
    await expectAccessible(page, "accessibility reports");
  });
});
