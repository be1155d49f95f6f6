import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Evaluation } from "../../web/src/features/evaluation/types.ts";
import type { Practices, Publishing } from "../../web/src/features/publications/types.ts";
import { apiSession, DEMO_NETWORK, DEMO_PASSWORD, expectAccessible, fitsWidth, signedInPage, useSolmu } from "./support.ts";

const COORDINATOR = "koordinaattori@demo.solmu.fi";
const GOAL = "Yhteinen asiakasohjauksen malli";
const INDICATOR = "Yhteistä mallia käyttävät organisaatiot";
const SLUG = "/p/pohjois-savon-perheverkosto";

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

/** The network the page shows, from its address. */
const networkOf = (page: Page) => page.url().split("/networks/")[1]?.split("/")[0] as string;

/** The one item of a list that a test's setup relies on being there. */
function one<T>(items: T[], pick: (item: T) => boolean, what: string): T {
  const found = items.find(pick);
  if (!found) throw new Error(`the demo has no ${what}`);
  return found;
}

/** A card of the publishing or good-practice pages, by its heading. */
const pubCard = (page: Page, title: string) =>
  page.locator("li.pub-card", { has: page.getByRole("heading", { level: 3, name: title, exact: true }) });

/** The text of the element that has the keyboard focus. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");

/** What a visitor who has never signed in sees at an address. */
async function visit(browser: Browser, url: string) {
  const context = await browser.newContext({ locale: "fi-FI" });
  const page = await context.newPage();
  const response = await page.goto(url);
  return { page, status: response?.status() ?? 0, close: () => context.close() };
}

describe("evaluation and dissemination: indicators over two cycles, the report and the public page", () => {
  const solmu = useSolmu();
  let coordinator: Page;

  beforeAll(async () => {
    coordinator = await signedInPage(solmu.browser, solmu.server.url, COORDINATOR, { network: DEMO_NETWORK });
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
    const api = await apiSession(solmu.server.url, COORDINATOR, DEMO_PASSWORD);
    const networkId = networkOf(page);
    const thisYear = String(new Date().getUTCFullYear());
    await api("POST", `/api/networks/${networkId}/cycles/current/advance`, { from: "doing", summary: "Tehtiin yhdessä." });
    await api("POST", `/api/networks/${networkId}/cycles/current/advance`, { from: "evaluating", carryGoals: true, carryPromises: true });

    await page.reload();
    await recordValue(page, "7");

    await nav(page, "Syklin raportti").click();
    await page.getByLabel("Vertaa sykliin").selectOption({ label: thisYear });
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
    let visitor = await visit(solmu.browser, `${solmu.server.url}${SLUG}`);
    expect(visitor.status).toBe(200);
    expect(await visitor.page.getByText(INDICATOR).count()).toBe(0);
    await visitor.close();

    await results.check();
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect.poll(() => page.getByText("Asetukset tallennettu.").count()).toBe(1);
    visitor = await visit(solmu.browser, `${solmu.server.url}${SLUG}`);
    await visitor.page.getByRole("heading", { level: 4, name: INDICATOR }).waitFor();
    expect(await visitor.page.locator(".card", { hasText: INDICATOR }).textContent()).toMatch(/Nyt 7 organisaatiota/);
    expect(await visitor.page.getByText("Aino Laaksonen").count()).toBe(0);
    await expectAccessible(visitor.page, "public page");
    await visitor.page.setViewportSize({ width: 320, height: 800 });
    expect(await fitsWidth(visitor.page), "public page at 320px").toBe(true);
    await visitor.close();

    visitor = await visit(solmu.browser, `${solmu.server.url}/good-practices`);
    await visitor.page.getByRole("heading", { level: 1, name: "Verkostojen hyvät käytännöt" }).waitFor();
    await expectAccessible(visitor.page, "shared good practices");
    await visitor.close();

    await page.getByLabel("Julkinen sivu päällä").uncheck();
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect.poll(() => page.getByText("Asetukset tallennettu.").count()).toBe(1);
    visitor = await visit(solmu.browser, `${solmu.server.url}${SLUG}`);
    expect(visitor.status).toBe(404);
    await visitor.close();
  });

  it("keeps what the coordinator typed when someone else saved first: public page settings, news and good practices", async () => {
    const page = coordinator;
    const api = await apiSession(solmu.server.url, COORDINATOR, DEMO_PASSWORD);
    const base = `/api/networks/${networkOf(page)}`;
    await nav(page, "Julkinen sivu").click();
    await page.getByRole("heading", { level: 1, name: "Julkinen sivu" }).waitFor();

    // The settings: another window saves a different introduction while this form is open.
    const intro = page.getByLabel("Esittely", { exact: true });
    await intro.fill("Esittely tästä ikkunasta.");
    const before = await api<Publishing>("GET", `${base}/publishing`);
    await api("PUT", `${base}/publishing`, { ...before.settings, intro: "Esittely toisesta ikkunasta." });
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    const stored = page.getByRole("region", { name: "Joku muu muutti asetuksia" });
    await expect.poll(() => stored.textContent()).toContain("Esittely toisesta ikkunasta.");
    expect(await page.locator(".form-error").textContent()).toContain("Joku muu tallensi tämän sillä välin.");
    expect(await intro.inputValue()).toBe("Esittely tästä ikkunasta.");
    expect(await page.getByText("Asetukset tallennettu.").count()).toBe(0);
    await expectAccessible(page, "publishing settings, conflict");
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect.poll(() => page.getByText("Asetukset tallennettu.").count()).toBe(1);
    expect(await stored.count()).toBe(0);
    expect((await api<Publishing>("GET", `${base}/publishing`)).settings.intro).toBe("Esittely tästä ikkunasta.");

    // A news item edited in two places: the stored text shows beside the form, which keeps this window's text.
    const NEWS = "Perhekeskuksen palvelukartta julkaistu";
    const news = pubCard(page, NEWS);
    await news.getByRole("button", { name: /^Muokkaa/ }).click();
    await news.getByLabel("Teksti", { exact: true }).fill("Kartan teksti tästä ikkunasta.");
    const item = one((await api<Publishing>("GET", `${base}/publishing`)).news, (n) => n.title === NEWS, "news item");
    await api("PATCH", `${base}/news/${item.id}`, {
      title: NEWS,
      body: "Kartan teksti toisesta ikkunasta.",
      published: true,
      version: item.version,
    });
    await news.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect.poll(() => news.locator(".conflict").textContent()).toContain("Kartan teksti toisesta ikkunasta.");
    expect(await news.locator(".conflict").textContent()).toContain("Joku muu muutti uutista sillä välin.");
    expect(await news.getByLabel("Teksti", { exact: true }).inputValue()).toBe("Kartan teksti tästä ikkunasta.");
    await news.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect.poll(() => page.getByText(`Uutinen ”${NEWS}” tallennettu.`).count()).toBe(1);
    expect(await news.locator("p.prose").textContent()).toBe("Kartan teksti tästä ikkunasta.");
    await expect.poll(() => focused(page)).toBe(`Muokkaa: ${NEWS}`);

    // Publishing a draft that changed meanwhile: the card shows what is stored and nothing is published.
    const DRAFT = "Luonnos: kevään verkostopäivä";
    const draft = one((await api<Publishing>("GET", `${base}/publishing`)).news, (n) => n.title === DRAFT, "draft news item");
    await api("PATCH", `${base}/news/${draft.id}`, {
      title: DRAFT,
      body: "Ohjelma valmistuu helmikuussa.",
      published: false,
      version: draft.version,
    });
    await pubCard(page, DRAFT)
      .getByRole("button", { name: /^Julkaise/ })
      .click();
    await expect
      .poll(() => pubCard(page, DRAFT).getByRole("alert").textContent())
      .toContain("Joku muu muutti uutista sillä välin. Uutinen näkyy nyt sellaisena kuin se on tallennettu");
    expect(await pubCard(page, DRAFT).textContent()).toContain("Ohjelma valmistuu helmikuussa.");
    expect(one((await api<Publishing>("GET", `${base}/publishing`)).news, (n) => n.title === DRAFT, "draft").publishedAt).toBeNull();

    await nav(page, "Hyvät käytännöt").click();
    await page.getByRole("heading", { level: 1, name: "Hyvät käytännöt" }).waitFor();
    // An empty practice is stopped in the browser, and the summary links to each field at fault.
    const add = page.getByRole("region", { name: "Kirjaa hyvä käytäntö" });
    await add.getByRole("button", { name: "Tallenna käytäntö" }).click();
    await expect.poll(() => add.getByRole("alert").getByRole("link").count()).toBe(2);
    expect(await add.getByRole("link", { name: "Otsikko: Pakollinen tieto." }).getAttribute("href")).toBe("#field-practice-new-title");
    expect(await add.getByRole("link", { name: "Mikä toimi: Pakollinen tieto." }).getAttribute("href")).toBe(
      "#field-practice-new-whatWorked",
    );

    const PRACTICE = "Oppimiskahvila uusien tuttavuuksien tekemiseen";
    const practice = pubCard(page, PRACTICE);
    await practice.getByRole("button", { name: /^Muokkaa/ }).click();
    const where = practice.getByLabel("Missä ja miten", { exact: true });
    await where.fill("Verkostotapaamiset ja työpajat.");
    const p = one((await api<Practices>("GET", `${base}/practices`)).own, (x) => x.title === PRACTICE, "practice");
    const edit = { title: p.title, whatWorked: p.whatWorked, contact: p.contact, published: false };
    await api("PATCH", `${base}/practices/${p.id}`, { ...edit, context: "Syksyn verkostopäivä.", version: p.version });
    await practice.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect.poll(() => practice.locator(".conflict").textContent()).toContain("Syksyn verkostopäivä.");
    expect(await practice.locator(".conflict").textContent()).toContain("Joku muu muutti käytäntöä sillä välin.");
    expect(await practice.locator(".form-error").textContent()).toContain("Joku muu tallensi tämän sillä välin.");
    expect(await where.inputValue()).toBe("Verkostotapaamiset ja työpajat.");
    await practice.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect.poll(() => page.getByText(`Hyvä käytäntö ”${PRACTICE}” tallennettu.`).count()).toBe(1);
    expect(await practice.textContent()).toContain("Verkostotapaamiset ja työpajat.");

    // Publishing a practice that changed meanwhile: the same, for good practices.
    const q = one((await api<Practices>("GET", `${base}/practices`)).own, (x) => x.title === PRACTICE, "practice");
    await api("PATCH", `${base}/practices/${q.id}`, { ...edit, context: "Kaikki verkostotapaamiset.", version: q.version });
    await practice.getByRole("button", { name: /^Julkaise/ }).click();
    await expect
      .poll(() => practice.getByRole("alert").textContent())
      .toContain("Joku muu muutti käytäntöä sillä välin. Se näkyy nyt sellaisena kuin se on tallennettu");
    expect(await practice.textContent()).toContain("Kaikki verkostotapaamiset.");
  });

  it("keeps what the coordinator entered when someone else saved first: an indicator, the joint evaluation and their own answer", async () => {
    const page = coordinator;
    const api = await apiSession(solmu.server.url, COORDINATOR, DEMO_PASSWORD);
    const base = `/api/networks/${networkOf(page)}`;
    // The joint evaluation opens in phase 4 of the current cycle.
    let overview = await api<Evaluation>("GET", `${base}/evaluation`);
    while (overview.cycle.phase !== "evaluating") {
      await api("POST", `${base}/cycles/current/advance`, { from: overview.cycle.phase, summary: "" });
      overview = await api<Evaluation>("GET", `${base}/evaluation`);
    }
    const cycleUrl = `${base}/cycles/${overview.cycle.id}/evaluation`;
    await nav(page, "Mittarit ja arviointi").click();
    await page.getByRole("heading", { level: 1, name: "Mittarit ja arviointi" }).waitFor();

    // An indicator's target changed in another window while this one edits it.
    const ind = one(
      overview.goals.flatMap((g) => g.indicators),
      (i) => i.kind === "quantitative" && i.source === "manual" && i.direction !== null,
      "manual indicator with a direction",
    );
    const card = page.locator("li.ev-indicator", { has: page.getByRole("heading", { level: 4, name: ind.name, exact: true }) });
    await card.locator("summary", { hasText: "Muokkaa mittaria" }).click();
    const target = card.getByLabel("Tavoitetaso", { exact: true });
    await target.fill("150");
    const { kind, name, source, unit, baseline, direction, question, version } = ind;
    await api("PATCH", `${base}/indicators/${ind.id}`, { kind, name, source, unit, baseline, target: 140, direction, question, version });
    await card.getByRole("button", { name: "Tallenna muutokset" }).click();
    const indicatorConflict = card.getByRole("alert");
    await expect.poll(() => indicatorConflict.textContent()).toContain("Joku muu muutti mittaria samaan aikaan.");
    expect(await indicatorConflict.textContent()).toContain("140");
    expect(await card.locator(".form-error").count()).toBe(0);
    expect(await target.inputValue()).toBe("150");
    await expectAccessible(page, "indicator, conflict");
    await card.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect.poll(() => page.getByText(`Mittarin ”${ind.name}” muutokset tallennettiin.`).count()).toBe(1);
    await expect.poll(() => focused(page)).toBe(ind.name);
    const after = await api<Evaluation>("GET", `${base}/evaluation`);
    expect(after.goals.flatMap((g) => g.indicators).find((i) => i.id === ind.id)?.target).toBe(150);

    // Opening the joint evaluation that another window opened first: the page shows the round that is open.
    const closesOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole("button", { name: "Avaa arviointi" }).waitFor();
    await api("POST", `${base}/evaluation/round`, { intro: "Avattu toisesta ikkunasta.", closesOn, questions: ["Mikä toimi?"] });
    await page.getByRole("button", { name: "Avaa arviointi" }).click();
    await expect.poll(() => page.locator(".ev-intro").textContent()).toBe("Avattu toisesta ikkunasta.");
    expect(await page.getByRole("button", { name: "Avaa arviointi" }).count()).toBe(0);

    // The round's introduction changed in another window while this one edits it.
    const manage = page.locator(".ev-manage");
    await manage.locator("summary", { hasText: "Muuta saatetta" }).click();
    const roundIntro = manage.getByLabel("Saate", { exact: true });
    await roundIntro.fill("Saate tästä ikkunasta.");
    const round = (await api<Evaluation>("GET", `${base}/evaluation`)).round;
    if (!round) throw new Error("the round did not open");
    const questions = round.questions.map((x) => x.text);
    await api("PATCH", `${cycleUrl}/round`, {
      version: round.version,
      intro: "Saate toisesta ikkunasta.",
      closesOn,
      questions,
      close: false,
    });
    await manage.getByRole("button", { name: "Tallenna muutokset" }).click();
    const roundConflict = manage.getByRole("alert");
    await expect.poll(() => roundConflict.textContent()).toContain("Joku muu muutti arviointia samaan aikaan.");
    expect(await roundConflict.textContent()).toContain("Saate toisesta ikkunasta.");
    expect(await roundIntro.inputValue()).toBe("Saate tästä ikkunasta.");
    await manage.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect.poll(() => page.getByText("Arvioinnin muutokset tallennettiin.").count()).toBe(1);
    await expect.poll(() => focused(page)).toBe("Yhteinen arviointi");
    expect((await api<Evaluation>("GET", `${base}/evaluation`)).round?.intro).toBe("Saate tästä ikkunasta.");

    // The coordinator's own answer, saved meanwhile in another window: both are kept apart until this one saves again.
    const goal = overview.goals[0];
    if (!goal) throw new Error("the cycle has no goals");
    const answer = page.getByRole("form", { name: "Oma arviosi" });
    const rating = answer.getByRole("group", { name: `Miten tavoite ”${goal.title}” toteutui?` });
    await rating.getByLabel("4 – Suurelta osin").check();
    await api("PUT", `${cycleUrl}/mine`, {
      version: null,
      ratings: [{ goalId: goal.id, rating: 2, comment: "Toisesta ikkunasta." }],
      answers: [],
    });
    await answer.getByRole("button", { name: "Tallenna arvioni" }).click();
    const answerConflict = answer.getByRole("alert");
    await expect.poll(() => answerConflict.textContent()).toContain("Arviosi tallennettiin välillä toisessa ikkunassa");
    expect(await answerConflict.textContent()).toContain("2 – Vähän – Toisesta ikkunasta.");
    expect(await rating.getByLabel("4 – Suurelta osin").isChecked()).toBe(true);
    await answer.getByRole("button", { name: "Päivitä arvioni" }).click();
    await expect.poll(() => answer.getByText("Arviosi on tallennettu. Kiitos!").count()).toBe(1);
    expect(await answerConflict.count()).toBe(0);
    const mine = (await api<Evaluation>("GET", `${base}/evaluation`)).round?.mine;
    expect(mine?.ratings.find((r) => r.goalId === goal.id)?.rating).toBe(4);
  });
});
