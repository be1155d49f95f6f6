import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_NETWORK, expectAccessible, fitsWidth, signedInPage, useSolmu } from "./support.ts";

const heading = (p: Page) => p.getByRole("heading", { level: 1 }).textContent();
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe("coordination: promises and what is coming", () => {
  const solmu = useSolmu();
  let page: Page;
  let networkUrl = "";

  beforeAll(async () => {
    page = await signedInPage(solmu.browser, solmu.server.url, "jasen@demo.solmu.fi", { network: DEMO_NETWORK });
    networkUrl = page.url();
  });

  const rateText = () =>
    page
      .getByText(/Verkosto on pitänyt/)
      .first()
      .textContent();

  it("shows my overdue promise on the network home", async () => {
    await expect.poll(() => page.getByRole("region", { name: "Mikä tarvitsee sinua nyt" }).textContent()).toContain("myöhässä");
  });

  it("makes a promise, renegotiates it, keeps it, and the keeping rate changes", async () => {
    await page.goto(`${networkUrl}/promises`);
    await expect.poll(() => heading(page)).toBe("Lupaukset");
    await expectAccessible(page, "promises");
    await expect.poll(rateText).toContain("%");
    const before = await rateText();

    await page.getByLabel("Mitä lupaat").fill("Kokoan kevään koulutustarpeet ja jaan ne verkostolle");
    await page.getByLabel("Mihin mennessä").fill(inDays(10));
    await page.getByRole("button", { name: "Lupaa", exact: true }).click();
    const card = page.locator("li.card", { hasText: "Kokoan kevään koulutustarpeet" }).first();
    await expect.poll(() => card.count()).toBe(1);

    await card.getByRole("button", { name: /Neuvottele uudelleen/ }).click();
    await card.getByLabel("Uusi määräpäivä").fill(inDays(20));
    await card.getByLabel("Aika").check();
    await card.getByRole("button", { name: "Tallenna uudelleen neuvoteltu lupaus" }).click();
    await expect.poll(() => card.textContent()).toContain("Neuvoteltu uudelleen");

    await card.getByRole("button", { name: /^Pidetty/ }).click();
    await card.getByRole("button", { name: "Merkitse pidetyksi" }).click();
    await expect.poll(() => page.getByText("on merkitty pidetyksi").count()).toBeGreaterThan(0);
    await expect.poll(rateText).not.toBe(before);
    await expectAccessible(page, "promises after changes");
  });

  it("adds an event on the annual clock and subscribes to the calendar feed", async () => {
    await page.goto(`${networkUrl}/calendar`);
    await expect.poll(() => heading(page)).toBe("Vuosikello");
    await expectAccessible(page, "annual clock");
    const open = page.getByRole("button", { name: "Lisää tapahtuma" });
    if (await open.count()) await open.first().click();
    await page.getByLabel("Nimi", { exact: true }).fill("Perhekeskuksen kehittämispäivä");
    await page.getByLabel("Tapahtuman tyyppi").selectOption("workshop");
    await page.getByLabel("Alkaa").fill(`${inDays(12)}T09:00`);
    await page.getByLabel("Päättyy").fill(`${inDays(12)}T15:00`);
    await page.getByRole("button", { name: "Lisää vuosikelloon" }).click();
    await expect.poll(() => page.getByText("Tapahtuma lisättiin vuosikelloon.").count()).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Luo tilausosoite tämän verkoston vuosikelloon" }).click();
    const url = await page.getByLabel("Tilausosoite").inputValue();
    expect(url).toMatch(/\/api\/feeds\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await (await fetch(url)).text();
    expect(feed).toContain("BEGIN:VCALENDAR");
    expect(feed).toContain("SUMMARY:Perhekeskuksen kehittämispäivä");
    await expectAccessible(page, "annual clock with a new subscription");
  });

  it("finds things across the network from the header's search, by keyboard, and opens them where they are", async () => {
    const field = page.getByRole("combobox", { name: "Hae verkostoistasi" });
    await field.fill("talousarvio");
    const list = page.getByRole("listbox", { name: "Hae verkostoistasi" });
    await expect
      .poll(() => list.getByRole("group", { name: "Vuosikellon tapahtumat" }).textContent())
      .toContain("Kunnan talousarvion valmistelu");
    await expect.poll(() => page.getByRole("status").filter({ hasText: /tulos/ }).first().textContent()).toMatch(/^\d+ tulos/);
    await field.press("ArrowDown");
    expect(await field.getAttribute("aria-activedescendant")).toBeTruthy();
    await field.press("Enter");
    await page.waitForURL(/\/calendar\?event=/);
    await expect.poll(() => page.getByRole("heading", { name: "Kunnan talousarvion valmistelu" }).count()).toBeGreaterThan(0);

    // Enter with nothing chosen opens every result, grouped under headings.
    await field.fill("pilotti");
    await field.press("Enter");
    await page.waitForURL(/\/search\?q=pilotti/);
    await expect.poll(() => heading(page)).toBe("Haku");
    const decisions = page.getByRole("region", { name: /^Päätökset/ });
    await expect.poll(() => decisions.textContent()).toContain("Perhekeskuksen pilotti Siilinjärvellä");
    await expectAccessible(page, "search results");
    await decisions.getByRole("link", { name: "Perhekeskuksen pilotti Siilinjärvellä" }).click();
    await page.waitForURL(/\/decisions#decision-/);
    // The decision is focused, so that the keyboard and the screen reader start where the link pointed.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? "")).toMatch(/^decision-/);

    await page.setViewportSize({ width: 375, height: 800 });
    await field.fill("perhe");
    await expect.poll(() => list.isVisible()).toBe(true);
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page, "search list open at phone width");
    await field.press("Escape");
    await expect.poll(() => list.isVisible()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("anticipates the next 90 days, accessibly", async () => {
    await page.goto(`${networkUrl}/anticipation`);
    await expect.poll(() => heading(page)).toContain("Ennakointi");
    await expect.poll(() => page.getByText("Tuon MLL:n perhekahviloiden kävijätilastot").count()).toBeGreaterThan(0);
    await expectAccessible(page, "anticipation");
  });
});
