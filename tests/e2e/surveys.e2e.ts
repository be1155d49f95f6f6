import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../support/server.ts";
import { DEMO_NETWORK, expectAccessible, fitsWidth, launch, signedInPage } from "./support.ts";

/** Adds a person found by name to the answer and rates them; everything else stays "can't say". */
async function rate(page: Page, name: string) {
  await page.getByLabel("Hae nimellä tai organisaatiolla").fill(name);
  await page
    .getByRole("button", { name: new RegExp(`^Lisää.*${name}`) })
    .first()
    .click();
  const card = page.locator("fieldset.survey-card", { hasText: name }).first();
  await card.getByRole("group", { name: "Kuinka hyvin tunnet heidät?" }).getByLabel("Tunnen heidän työnsä").check();
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
  let server: RunningServer;
  let browser: Browser;
  let coordinator: Page;
  let member: Page;
  let networkUrl = "";

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
    coordinator = await signedInPage(browser, server.url, "koordinaattori@demo.solmu.fi", { network: DEMO_NETWORK });
    member = await signedInPage(browser, server.url, "jasen@demo.solmu.fi", { network: DEMO_NETWORK });
    networkUrl = coordinator.url();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows no figures of the open round, and the dashboard, tables and observations of the closed one", async () => {
    await coordinator.getByRole("link", { name: "Verkoston terveys", exact: true }).click();
    await coordinator.getByRole("heading", { level: 1, name: "Verkoston terveys" }).waitFor();
    // The open round shows only how many have answered (decision 013): each new answer would show as a change.
    await expect.poll(() => coordinator.getByText(/Luvut näytetään, kun kierros sulkeutuu/).count()).toBeGreaterThan(0);
    const previous = await coordinator.locator("#health-round option", { hasText: "edellinen kierros" }).getAttribute("value");
    await coordinator.getByLabel("Kyselykierros").selectOption(previous ?? "");
    await coordinator.getByRole("button", { name: "Näytä", exact: true }).click();
    await expect.poll(() => summary(coordinator)).toContain("ihmistä");
    expect(await ties(coordinator)).toBeGreaterThan(50);
    await expect.poll(() => coordinator.getByRole("heading", { name: /Havainnot/ }).count()).toBeGreaterThan(0);
    expect(await coordinator.locator("#tables table").count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(coordinator, "health dashboard");
    await atPhoneWidth(coordinator, async () => expect(await fitsWidth(coordinator), "health at 320px").toBe(true));
  });

  it("asks the member on the home page and takes their answer with a draft first", async () => {
    const todo = member.getByRole("link", { name: /Vastaa verkoston terveyskyselyyn/ });
    await todo.click();
    await member.getByRole("heading", { level: 1, name: /Vastaa:/ }).waitFor();
    // Before answering, the member sees what each role will see of the answer, from the server's policy.
    await expect.poll(() => member.getByText(/mitä kukin rooli näkee vastauksestasi/).count()).toBe(1);
    await expect.poll(() => member.getByText(/^Kenet nimesit, kuinka hyvin tunnet heidät/).count()).toBe(1);
    await expectAccessible(member, "survey answer");
    await rate(member, "Aino Laaksonen");
    await member.getByRole("button", { name: "Tallenna luonnos" }).click();
    await expect.poll(() => member.getByText(/Luonnos tallennettu/).count()).toBe(1);
    await answerSelf(member);
    await member.getByRole("button", { name: "Lähetä vastaukset" }).click();
    await expect.poll(() => member.getByText("Kiitos vastauksistasi!").count()).toBe(1);
    await atPhoneWidth(member, async () => expect(await fitsWidth(member), "answer at 320px").toBe(true));
  });

  it("takes the coordinator's own answer too, and the figures and the map follow once the round closes", async () => {
    await coordinator.goto(`${networkUrl}/surveys`);
    await coordinator.getByRole("heading", { level: 1 }).waitFor();
    await expectAccessible(coordinator, "survey rounds");
    await coordinator
      .getByRole("link", { name: /^Vastaa/ })
      .first()
      .click();
    await coordinator.getByRole("heading", { level: 1, name: /Vastaa:/ }).waitFor();
    await rate(coordinator, "Mikko Heikkinen");
    await answerSelf(coordinator);
    await coordinator.getByRole("button", { name: "Lähetä vastaukset" }).click();
    await expect.poll(() => coordinator.getByText("Kiitos vastauksistasi!").count()).toBe(1);

    await coordinator.goto(`${networkUrl}/health`);
    await expect.poll(() => coordinator.getByText(/Luvut näytetään, kun kierros sulkeutuu/).count()).toBeGreaterThan(0);
    await coordinator.goto(`${networkUrl}/surveys`);
    coordinator.once("dialog", (d) => void d.accept());
    await coordinator
      .getByRole("button", { name: /^Sulje kierros/ })
      .first()
      .click();
    await expect.poll(() => coordinator.getByRole("button", { name: /^Sulje kierros/ }).count()).toBe(0);
    await coordinator.goto(`${networkUrl}/health`);
    await expect.poll(() => summary(coordinator)).toContain("ihmistä");
    // The round just closed, with the ties its answers reported.
    expect(await ties(coordinator)).toBeGreaterThan(50);
    // Mikko had not answered before; now the table shows the tie he reported.
    const mikko = coordinator.locator("#tables tr", { hasText: "Mikko Heikkinen" }).first();
    await expect.poll(() => mikko.count()).toBe(1);

    await coordinator.getByRole("link", { name: "Avaa verkostokartta" }).click();
    await coordinator.getByRole("heading", { level: 1 }).waitFor();
    await coordinator.getByRole("heading", { name: "Kartta lukuina" }).waitFor();
    // The canvas is an image with a text alternative; the figures beside it are the accessible twin.
    await expect.poll(() => coordinator.getByRole("img", { name: /verkosto|kartta/i }).count()).toBeGreaterThan(0);
    await expectAccessible(coordinator, "network map");
  });

  it("keeps the map and the tables from members", async () => {
    await member.goto(`${networkUrl}/health`);
    await member.getByRole("heading", { level: 1, name: "Verkoston terveys" }).waitFor();
    await expect.poll(() => member.getByRole("heading", { name: /Luottamus/ }).count()).toBeGreaterThan(0);
    expect(await member.locator("#tables").count()).toBe(0);
    await member.goto(`${networkUrl}/health/map`);
    await expect.poll(() => member.getByRole("heading", { level: 1 }).textContent()).toBeTruthy();
    expect(await member.locator("canvas").count()).toBe(0);
  });
});
