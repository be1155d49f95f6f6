import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, fitsWidth, useCoordinatorAndMember, useSolmu } from "./support.ts";

/** Adds a person found by name to the answer and rates them; everything else stays "can't say". */
async function rate(page: Page, name: string) {
  await page.getByLabel("Hae nimellä tai organisaatiolla").fill(name);
  await page
    .getByRole("button", { name: new RegExp(`^Lisää.*${name}`) })
    .first()
    .click();
  const card = page.locator("fieldset.survey-card", { hasText: name }).first();
  await card.getByRole("group", { name: "Kuinka hyvin tunnet hänet?" }).getByLabel("Tunnen hänen työnsä").check();
  await card.getByRole("group", { name: "Kuinka usein teette yhteistyötä?" }).getByLabel("Kuukausittain").check();
  await card.getByRole("group", { name: "Luottamus: Hyväntahtoisuus" }).getByLabel("4", { exact: false }).first().check();
}

async function answerSelf(page: Page) {
  for (const item of ["Autonomia", "Merkityksellisyys", "Yhteenkuuluvuus"]) {
    await page
      .getByRole("group", { name: new RegExp(item) })
      .getByLabel("4", { exact: false })
      .first()
      .check();
  }
}

async function atPhoneWidth(page: Page, check: () => Promise<void>) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await check();
  if (size) await page.setViewportSize(size);
}

const summary = (page: Page) =>
  page
    .getByText(/ilmoitettua yhteistyösuhdetta/)
    .first()
    .textContent();
const ties = async (page: Page) => Number((await summary(page))?.match(/ja ([\d\s ]+) ilmoitettua/)?.[1]?.replace(/\s/g, ""));

describe("network health: answering the survey and reading the results", () => {
  const pages = useCoordinatorAndMember(useSolmu());

  it("shows no figures of the open round, and the dashboard, tables and observations of the closed one", async () => {
    await pages.coordinator.getByRole("link", { name: "Verkoston terveys", exact: true }).click();
    await pages.coordinator.getByRole("heading", { level: 1, name: "Verkoston terveys" }).waitFor();
    // The open round shows only how many have answered (decision 013): each new answer would show as a change.
    await expect.poll(() => pages.coordinator.getByText(/Luvut näytetään, kun kierros sulkeutuu/).count()).toBeGreaterThan(0);
    const previous = await pages.coordinator.locator("#health-round option", { hasText: "edellinen kierros" }).getAttribute("value");
    await pages.coordinator.getByLabel("Kyselykierros").selectOption(previous ?? "");
    await pages.coordinator.getByRole("button", { name: "Näytä", exact: true }).click();
    await expect.poll(() => summary(pages.coordinator)).toContain("ihmistä");
    expect(await ties(pages.coordinator)).toBeGreaterThan(50);
    await expect.poll(() => pages.coordinator.getByRole("heading", { name: /Havainnot/ }).count()).toBeGreaterThan(0);
    expect(await pages.coordinator.locator("#tables table").count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(pages.coordinator, "health dashboard");
    await atPhoneWidth(pages.coordinator, async () => expect(await fitsWidth(pages.coordinator), "health at 320px").toBe(true));
  });

  it("asks the member on the home page and takes their answer with a draft first", async () => {
    const todo = pages.member.getByRole("link", { name: /Vastaa verkoston terveyskyselyyn/ });
    await todo.click();
    await pages.member.getByRole("heading", { level: 1, name: /Vastaa:/ }).waitFor();
    // Before answering, the member sees what each role will see of the answer, from the server's policy.
    await expect.poll(() => pages.member.getByText(/mitä kukin rooli näkee vastauksestasi/).count()).toBe(1);
    await expect.poll(() => pages.member.getByText(/^Kenet nimesit, kuinka hyvin tunnet heidät/).count()).toBe(1);
    await expectAccessible(pages.member, "survey answer");
    await rate(pages.member, "Aino Laaksonen");
    await pages.member.getByRole("button", { name: "Tallenna luonnos" }).click();
    await expect.poll(() => pages.member.getByText(/Luonnos tallennettu/).count()).toBe(1);
    await answerSelf(pages.member);
    await pages.member.getByRole("button", { name: "Lähetä vastaukset" }).click();
    await expect.poll(() => pages.member.getByText("Kiitos vastauksistasi!").count()).toBe(1);
    await atPhoneWidth(pages.member, async () => expect(await fitsWidth(pages.member), "answer at 320px").toBe(true));
  });

  it("takes the coordinator's own answer too, and the figures and the map follow once the round closes", async () => {
    await pages.coordinator.goto(`${pages.networkUrl}/surveys`);
    await pages.coordinator.getByRole("heading", { level: 1 }).waitFor();
    await expectAccessible(pages.coordinator, "survey rounds");
    await pages.coordinator
      .getByRole("link", { name: /^Vastaa/ })
      .first()
      .click();
    await pages.coordinator.getByRole("heading", { level: 1, name: /Vastaa:/ }).waitFor();
    await rate(pages.coordinator, "Mikko Heikkinen");
    await answerSelf(pages.coordinator);
    await pages.coordinator.getByRole("button", { name: "Lähetä vastaukset" }).click();
    await expect.poll(() => pages.coordinator.getByText("Kiitos vastauksistasi!").count()).toBe(1);

    await pages.coordinator.goto(`${pages.networkUrl}/health`);
    await expect.poll(() => pages.coordinator.getByText(/Luvut näytetään, kun kierros sulkeutuu/).count()).toBeGreaterThan(0);
    await pages.coordinator.goto(`${pages.networkUrl}/surveys`);
    await pages.coordinator
      .getByRole("button", { name: /^Sulje kierros/ })
      .first()
      .click();
    await pages.coordinator.getByRole("dialog").getByRole("button", { name: "Jatka" }).click();
    await expect.poll(() => pages.coordinator.getByRole("button", { name: /^Sulje kierros/ }).count()).toBe(0);
    await pages.coordinator.goto(`${pages.networkUrl}/health`);
    await expect.poll(() => summary(pages.coordinator)).toContain("ihmistä");
    // The round just closed, with the ties its answers reported.
    expect(await ties(pages.coordinator)).toBeGreaterThan(50);
    // Mikko had not answered before; now the table shows the tie he reported.
    const mikko = pages.coordinator.locator("#tables tr", { hasText: "Mikko Heikkinen" }).first();
    await expect.poll(() => mikko.count()).toBe(1);

    await pages.coordinator.getByRole("link", { name: "Avaa verkostokartta" }).click();
    await pages.coordinator.getByRole("heading", { level: 1 }).waitFor();
    await pages.coordinator.getByRole("heading", { name: "Kartta lukuina" }).waitFor();
    // The canvas is an image with a text alternative; the figures beside it are the accessible twin.
    await expect.poll(() => pages.coordinator.getByRole("img", { name: /verkosto|kartta/i }).count()).toBeGreaterThan(0);
    await expectAccessible(pages.coordinator, "network map");
    // The layout runs to its end and says so, and its progress bar goes.
    await pages.coordinator.getByRole("status").filter({ hasText: "Kartta on järjestetty." }).waitFor({ timeout: 60_000 });
    expect(await pages.coordinator.getByRole("progressbar").count()).toBe(0);

    // While the round's figures are on their way, a progress bar named by its status says how far they have come.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The map asks for the analysis with ?format=columns: matched by its path, whatever the query.
    const analysisUrl = (url: URL) => url.pathname.endsWith("/analysis");
    await pages.coordinator.route(analysisUrl, async (route) => {
      await held;
      await route.continue();
    });
    await pages.coordinator.reload();
    await pages.coordinator.getByRole("progressbar", { name: /^Ladataan kartan lukuja… \d+ %$/ }).waitFor();
    release();
    await pages.coordinator.getByRole("heading", { name: "Kartta lukuina" }).waitFor();
    await pages.coordinator.unroute(analysisUrl);
  });

  it("keeps the map and the tables from members", async () => {
    await pages.member.goto(`${pages.networkUrl}/health`);
    await pages.member.getByRole("heading", { level: 1, name: "Verkoston terveys" }).waitFor();
    await expect.poll(() => pages.member.getByRole("heading", { name: /Luottamus/ }).count()).toBeGreaterThan(0);
    expect(await pages.member.locator("#tables").count()).toBe(0);
    await pages.member.goto(`${pages.networkUrl}/health/map`);
    await expect.poll(() => pages.member.getByRole("heading", { level: 1 }).textContent()).toBeTruthy();
    expect(await pages.member.locator("canvas").count()).toBe(0);
  });

  it("says a new round opened under the form's button, and a round just closed keeps focus on its card", async () => {
    const page = pages.coordinator;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${pages.networkUrl}/surveys`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const form = page.getByRole("region", { name: "Avaa uusi kierros" });
    await form.getByLabel("Kierroksen nimi").fill("Syksyn pikakysely");
    await form.getByRole("button", { name: "Avaa kierros" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Kierros ”Syksyn pikakysely” avattiin.");
    expect(await fitsWidth(page), "survey rounds at 375px").toBe(true);

    await page.getByRole("button", { name: /^Sulje kierros.*Syksyn pikakysely$/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Jatka" }).click();
    const heading = page.getByRole("heading", { level: 3, name: "Syksyn pikakysely" });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const card = page.getByRole("main").getByRole("listitem").filter({ has: heading });
    expect(await card.getByText("Päättynyt", { exact: true }).count()).toBe(1);
    await expectAccessible(page, "survey rounds after closing one");
  });
});
