import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiSession, expectAccessible, fitsWidth, launch, type RunningServer, startServer } from "./support.ts";

const PASSWORD = "solmu-demo-2026";
const NETWORK = "Pohjois-Savon lapsi- ja perhepalveluverkosto";
const GOAL = "Yhteinen asiakasohjauksen malli";
const INDICATOR = "Yhteistä mallia käyttävät organisaatiot";
const SLUG = "/p/pohjois-savon-perheverkosto";

async function signIn(browser: Browser, url: string, email: string) {
  const page = await (await browser.newContext({ locale: "fi-FI" })).newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel("Sähköposti").fill(email);
  await page.getByLabel("Salasana", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Kirjaudu sisään" }).click();
  await page.getByRole("heading", { level: 1, name: "Omat verkostot" }).waitFor();
  await page.getByRole("link", { name: NETWORK, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: NETWORK }).waitFor();
  return page;
}

/** A link of the network's navigation (the home page links to some of the same pages). */
const nav = (page: Page, name: string) => page.locator("nav.network-nav").getByRole("link", { name, exact: true });

/** Opens the evaluation page and records a value for the indicator in the cycle shown. */
async function recordValue(page: Page, value: string) {
  await nav(page, "Mittarit ja arviointi").click();
  await page.getByRole("heading", { level: 1, name: "Mittarit ja arviointi" }).waitFor();
  const card = page.locator("li.ev-indicator", { has: page.getByRole("heading", { name: INDICATOR }) });
  await card.locator("summary", { hasText: "Kirjaa arvo" }).click();
  await card.getByLabel("Arvo (organisaatiota)").fill(value);
  await card.getByLabel("Tiedon lähde").fill("Koordinaattorin seuranta");
  await card.getByRole("button", { name: /^Tallenna/ }).click();
  await expect.poll(() => card.getByText(new RegExp(`Tallennettu: ${value} organisaatiota`)).count()).toBe(1);
}

/** What a visitor who has never signed in sees at an address. */
async function visit(browser: Browser, url: string) {
  const context = await browser.newContext({ locale: "fi-FI" });
  const page = await context.newPage();
  const response = await page.goto(url);
  return { page, status: response?.status() ?? 0, close: () => context.close() };
}

describe("evaluation and dissemination: indicators over two cycles, the report and the public page", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinator: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
    coordinator = await signIn(browser, server.url, "koordinaattori@demo.solmu.fi");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("records an indicator in this cycle and, carried forward, in the next, and compares them in the report", async () => {
    const page = coordinator;
    await nav(page, "Mittarit ja arviointi").click();
    await page.getByRole("heading", { level: 1, name: "Mittarit ja arviointi" }).waitFor();
    const goal = page.getByRole("region", { name: GOAL });
    await goal.locator("summary", { hasText: "Lisää mittari" }).click();
    await goal.getByLabel("Mittarin nimi", { exact: true }).fill(INDICATOR);
    await goal.getByLabel("Yksikkö", { exact: true }).fill("organisaatiota");
    await goal.getByLabel("Lähtötaso", { exact: true }).fill("2");
    await goal.getByLabel("Tavoitetaso", { exact: true }).fill("10");
    await goal.getByLabel("Suunta", { exact: true }).selectOption({ label: "Mitä suurempi, sitä parempi" });
    await goal.getByRole("button", { name: /^Lisää mittari/ }).click();
    await page.getByRole("heading", { level: 4, name: INDICATOR }).waitFor();
    await expectAccessible(page, "evaluation page");
    await recordValue(page, "4");

    // Closing the cycle is the cycle page's own browser test; here the API moves the demo through phase 4.
    const api = await apiSession(server.url, "koordinaattori@demo.solmu.fi", PASSWORD);
    const networkId = page.url().split("/networks/")[1]?.split("/")[0] as string;
    const thisYear = String(new Date().getUTCFullYear());
    await api("POST", `/api/networks/${networkId}/cycles/current/advance`, { from: "doing", summary: "Tehtiin yhdessä." });
    await api("POST", `/api/networks/${networkId}/cycles/current/advance`, { from: "evaluating", carryGoals: true, carryPromises: true });

    await page.reload();
    await recordValue(page, "7");

    await nav(page, "Kauden raportti").click();
    await page.getByLabel("Vertaa kauteen").selectOption({ label: thisYear });
    await page.getByRole("button", { name: "Näytä raportti" }).click();
    await expect.poll(() => page.url()).toContain("?compare=");
    const card = page.locator(".card, li, article", { has: page.getByRole("heading", { name: INDICATOR }) }).last();
    await card.waitFor();
    await expect.poll(() => card.textContent()).toMatch(/7 organisaatiota/);
    expect(await card.textContent()).toMatch(/4 organisaatiota/);
    await expectAccessible(page, "cycle report with comparison");
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await fitsWidth(page), "report at 320px").toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("publishes the result on the public page, which a fresh browser reads without signing in, and takes it off again", async () => {
    const page = coordinator;
    await nav(page, "Julkinen sivu").click();
    await page.getByRole("heading", { level: 1, name: "Julkinen sivu" }).waitFor();
    const results = page.getByLabel("Tulokset", { exact: true });
    await results.uncheck();
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect.poll(() => page.getByText("Asetukset tallennettu.").count()).toBe(1);
    let visitor = await visit(browser, `${server.url}${SLUG}`);
    expect(visitor.status).toBe(200);
    expect(await visitor.page.getByText(INDICATOR).count()).toBe(0);
    await visitor.close();

    await results.check();
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect.poll(() => page.getByText("Asetukset tallennettu.").count()).toBe(1);
    visitor = await visit(browser, `${server.url}${SLUG}`);
    await visitor.page.getByRole("heading", { level: 4, name: INDICATOR }).waitFor();
    expect(await visitor.page.locator(".card", { hasText: INDICATOR }).textContent()).toMatch(/Nyt 7 organisaatiota/);
    expect(await visitor.page.getByText("Aino Laaksonen").count()).toBe(0);
    await expectAccessible(visitor.page, "public page");
    await visitor.page.setViewportSize({ width: 320, height: 800 });
    expect(await fitsWidth(visitor.page), "public page at 320px").toBe(true);
    await visitor.close();

    visitor = await visit(browser, `${server.url}/good-practices`);
    await visitor.page.getByRole("heading", { level: 1, name: "Verkostojen hyvät käytännöt" }).waitFor();
    await expectAccessible(visitor.page, "shared good practices");
    await visitor.close();

    await page.getByLabel("Julkinen sivu päällä").uncheck();
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect.poll(() => page.getByText("Asetukset tallennettu.").count()).toBe(1);
    visitor = await visit(browser, `${server.url}${SLUG}`);
    expect(visitor.status).toBe(404);
    await visitor.close();
  });
});
