import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, fitsWidth, useCoordinatorAndMember, useSolmu } from "./support.ts";

/** Opens the health dashboard at the demo's closed round (the open one shows no figures). */
async function closedRound(page: Page, networkUrl: string) {
  // By address: at phone width the navigation is folded into its menu.
  await page.goto(`${networkUrl}/health`);
  await page.getByRole("heading", { level: 1, name: "Verkoston terveys" }).waitFor();
  const previous = await page.locator("#health-round option", { hasText: "edellinen kierros" }).getAttribute("value");
  await page.getByLabel("Kyselykierros").selectOption(previous ?? "");
  await page.getByRole("button", { name: "Näytä", exact: true }).click();
}

describe("network analysis: brokers with their reasons, own kind or others, and ego networks", () => {
  const pages = useCoordinatorAndMember(useSolmu());

  it("names a handful of brokers with reasons a coordinator can check on the map", async () => {
    const page = pages.coordinator;
    await closedRound(page, pages.networkUrl);
    const brokers = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Välittäjät" }) });
    await brokers.locator("ul.brokers li").first().waitFor();
    const count = await brokers.locator("ul.brokers li").count();
    const people = Number(
      (
        await page
          .getByText(/ilmoitettua yhteistyösuhdetta/)
          .first()
          .textContent()
      )?.match(/(\d+) ihmistä/)?.[1],
    );
    // A handful, never most of the network.
    expect(count).toBeGreaterThan(0);
    expect(count * 4).toBeLessThanOrEqual(people);
    await expect.poll(() => brokers.locator("ul.brokers li").first().textContent()).toMatch(/lyhimmistä poluista .* rajoittuneisuus/);
    const homophily = page.locator("section", { has: page.getByRole("heading", { level: 2, name: /E-I-indeksi/ }) });
    expect(await homophily.getByRole("table").count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, "health dashboard with brokers");

    const first = brokers.locator("ul.brokers li").first();
    const name = (await first.locator(".strong").textContent()) ?? "";
    await first.getByRole("link", { name: `Näytä ${name} kartalla` }).click();
    // The map opens with the broker chosen: its panel's heading takes focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    await page.getByText("Rajoittuneisuus", { exact: true }).first().waitFor({ state: "attached" });
  });

  it("shows a member their own network in the round, structure only, on a phone", async () => {
    const page = pages.member;
    await page.setViewportSize({ width: 375, height: 800 });
    await closedRound(page, pages.networkUrl);
    const mine = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Oma verkostoni tällä kierroksella" }) });
    await mine.getByRole("table").waitFor();
    expect(await mine.getByRole("img").getAttribute("aria-label")).toMatch(/keskellä, \d+ yhteystahoa/);
    expect(await mine.getByRole("row").count()).toBeGreaterThan(1);
    // Nothing of others' ratings: no trust or knowing figures in the member's view.
    expect(await mine.textContent()).not.toMatch(/Hyväntahtoisuus|Tunnen/);
    // Members see no brokers or map: those are coordinators' figures.
    expect(await page.getByRole("heading", { name: "Välittäjät" }).count()).toBe(0);
    expect(await fitsWidth(page), "my network at 375px").toBe(true);
    await expectAccessible(page, "my network");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("diagnoses how the network should be governed from its own figures, and the coordinator's answers", async () => {
    const page = pages.coordinator;
    await page.goto(`${pages.networkUrl}/diagnosis`);
    const section = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Miten verkostoa kannattaa johtaa?" }) });
    // The demo's diagnosis reads the network's own figures: trust from the survey, twelve organisations, the agreement's approvals.
    await section.getByText(/luottamuksen keskiarvo \d,\d \/ 5/).waitFor();
    await section.getByText("Tilanteeseen sopii parhaiten: Päävastuullinen organisaatio").waitFor();
    await section.getByRole("group", { name: "Miten verkostoa johdetaan nyt?" }).getByLabel("Erillinen verkosto-organisaatio").check();
    await section.getByRole("button", { name: "Näytä tulos" }).click();
    // Lead organisation and NAO tie on the demo's conditions: today's mode stays first, and the result takes focus.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("Tilanteeseen sopii parhaiten: Erillinen verkosto-organisaatio");
    expect(await section.getByText(/Pisteet ovat lähellä toisiaan/).count()).toBe(1);
    await expectAccessible(page, "governance diagnosis");
  });
});
