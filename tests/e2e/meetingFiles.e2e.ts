import fs from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { html, pdf } from "../support/files.ts";
import { expectAccessible, useCoordinatorAndMember, useSolmu } from "./support.ts";

const MEETING = "Kevään työpaja: avoin tila";

async function openMeeting(page: Page, networkUrl: string) {
  await page.goto(`${networkUrl}/meetings`);
  await page.getByRole("link", { name: MEETING }).first().click();
  await page.getByRole("heading", { level: 1, name: MEETING }).waitFor();
  return page.getByRole("region", { name: "Liitteet" });
}

describe("files on a meeting: the agenda, slides and minutes", () => {
  const pages = useCoordinatorAndMember(useSolmu());

  it("a coordinator uploads slides, anyone in the network downloads them, and a page is refused", async () => {
    const files = await openMeeting(pages.coordinator, pages.networkUrl);
    // The demo's agenda is there already.
    await expect.poll(() => files.getByRole("link", { name: "Esityslista – kevään työpaja.pdf" }).count()).toBe(1);

    await files.getByLabel("Valitse tiedosto").setInputFiles({
      name: "Diat – avoin tila.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(pdf("Avoin tila: periaatteet")),
    });
    await files.getByRole("button", { name: "Lisää liite" }).click();
    await expect.poll(() => files.getByText("Liite Diat – avoin tila.pdf lisättiin.").count()).toBe(1);
    await expectAccessible(pages.coordinator, "meeting with attachments");

    await files.getByLabel("Valitse tiedosto").setInputFiles({ name: "sivu.html", mimeType: "text/html", buffer: Buffer.from(html()) });
    await files.getByRole("button", { name: "Lisää liite" }).click();
    await expect.poll(() => files.getByText("Tätä tiedostotyyppiä ei voi liittää", { exact: false }).count()).toBeGreaterThan(0);

    const memberFiles = await openMeeting(pages.member, pages.networkUrl);
    const link = memberFiles.getByRole("link", { name: "Diat – avoin tila.pdf" });
    await expect.poll(() => link.count()).toBe(1);
    expect(await memberFiles.getByLabel("Valitse tiedosto").count()).toBe(0);
    const [download] = await Promise.all([pages.member.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("Diat – avoin tila.pdf");
    const saved = await download.path();
    expect(fs.readFileSync(saved).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
