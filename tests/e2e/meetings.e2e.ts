import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../support/server.ts";
import { DEMO_NETWORK, expectAccessible, fitsWidth, launch, signedInPage } from "./support.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe("facilitation: a meeting with a learning café and a live open-space board", () => {
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

  it("plans a meeting, builds its agenda with a learning café and seats the café", async () => {
    await coordinator.getByRole("link", { name: "Tapaamiset", exact: true }).click();
    await coordinator.getByRole("heading", { level: 1, name: "Tapaamiset" }).waitFor();
    await expectAccessible(coordinator, "meetings");
    await coordinator.getByLabel("Tapaamisen nimi").fill("Syystapaaminen: oppimiskahvila");
    await coordinator.getByLabel("Päivä", { exact: true }).fill(inDays(14));
    await coordinator.getByLabel("Alkaa", { exact: true }).fill("13:00");
    await coordinator.getByLabel("Päättyy", { exact: true }).fill("16:00");
    await coordinator.getByRole("button", { name: "Valitse kaikki näytetyt" }).click();
    await coordinator.getByRole("button", { name: "Suunnittele tapaaminen" }).click();
    await coordinator.getByRole("heading", { level: 1, name: /Syystapaaminen/ }).waitFor();

    const addBlock = async (title: string, method: string, minutes: string) => {
      await coordinator.getByRole("button", { name: "Lisää kohta" }).click();
      const block = coordinator.locator("fieldset.agenda-block").last();
      await block.getByLabel("Menetelmä").selectOption(method);
      await block.getByLabel("Kohdan nimi").fill(title);
      await block.getByLabel("Kesto minuutteina").fill(minutes);
    };
    await coordinator.getByRole("button", { name: /Tee ohjelma|Muokkaa ohjelmaa/ }).click();
    await addBlock("Tervetuloa", "introductions", "20");
    await addBlock("Oppimiskahvila: yhteiset asiakkaat", "learning_cafe", "90");
    await coordinator.getByRole("button", { name: "Tallenna ohjelma" }).click();
    await expect.poll(() => coordinator.getByText("Ohjelma tallennettiin.").count()).toBe(1);
    await expectAccessible(coordinator, "meeting");

    await coordinator.getByLabel("Pöytien määrä").fill("4");
    await coordinator.getByLabel("Kierrosten määrä").fill("3");
    await coordinator.getByRole("button", { name: "Tee istumajärjestys" }).click();
    await expect.poll(() => coordinator.getByText(/uutta tuttavuutta enintään/).count()).toBe(1);
    expect(await coordinator.getByRole("heading", { name: /Kierros 1\/3/ }).count()).toBeGreaterThan(0);
  });

  it("records a decision and a promise straight from the meeting", async () => {
    await coordinator.getByLabel("Päätös lyhyesti").fill("Syksyn teema on yhteiset asiakkaat");
    await coordinator.getByLabel("Päätöksen sisältö").fill("Verkosto keskittyy syksyllä asiakkaisiin, joita palvelemme yhdessä.");
    await coordinator.getByLabel("Miten päätettiin").selectOption("consensus");
    await coordinator.getByRole("button", { name: "Kirjaa päätös" }).click();
    await expect.poll(() => coordinator.getByText(/kirjattiin päätöslokiin/).count()).toBe(1);
    await coordinator.getByLabel("Mitä luvataan").fill("Kokoan yhteisten asiakkaiden polut");
    await coordinator.getByLabel("Mihin mennessä").fill(inDays(40));
    await coordinator.getByRole("button", { name: "Kirjaa lupaus" }).click();
    await expect.poll(() => coordinator.getByText(/kirjattiin\./).count()).toBeGreaterThan(0);
    await coordinator.goto(`${networkUrl}/decisions`);
    await expect.poll(() => coordinator.getByText("Syksyn teema on yhteiset asiakkaat").count()).toBeGreaterThan(0);
  });

  it("runs the open-space board for two people at once, live", async () => {
    // The demo's coming workshop already has an open-space board.
    await member.goto(`${networkUrl}/meetings`);
    await member.getByRole("link", { name: "Kevään työpaja: avoin tila" }).first().click();
    await member.getByRole("link", { name: "Avaa open space -taulu" }).click();
    await member.getByRole("heading", { level: 1, name: /Open space/ }).waitFor();
    const boardUrl = member.url();
    await coordinator.goto(boardUrl);
    await coordinator.getByRole("heading", { level: 1, name: /Open space/ }).waitFor();
    await expect.poll(() => member.getByText("Ajantasainen").count()).toBe(1);
    await expect.poll(() => coordinator.getByText("Ajantasainen").count()).toBe(1);
    await expectAccessible(member, "open-space board");

    await member.getByLabel("Aihe").fill("Isovanhemmat perheiden tukena");
    await member.getByRole("button", { name: "Ehdota", exact: true }).click();
    // The coordinator sees it without reloading.
    await expect.poll(() => coordinator.getByText("Isovanhemmat perheiden tukena").count(), { timeout: 5000 }).toBeGreaterThan(0);

    await coordinator.getByLabel("Aika", { exact: true }).last().fill("12.00–12.30");
    await coordinator.getByRole("button", { name: "Lisää aika" }).click();
    await expect.poll(() => member.getByRole("rowheader", { name: "12.00–12.30" }).count(), { timeout: 5000 }).toBe(1);

    const card = member.locator("article, li, div.board-session", { hasText: "Isovanhemmat perheiden tukena" }).first();
    await card.getByRole("button", { name: "Tule mukaan" }).first().click();
    await expect.poll(() => coordinator.getByText(/Mikko Heikkinen/).count(), { timeout: 5000 }).toBeGreaterThan(0);
    await member.setViewportSize({ width: 320, height: 800 });
    expect(await fitsWidth(member), "board at 320px").toBe(true);
  });

  it("shows the balance of side-by-side and joint work", async () => {
    await member.goto(`${networkUrl}/activities`);
    await member.getByRole("heading", { level: 1 }).waitFor();
    await expect.poll(() => member.getByText(/rinnakkain/).count()).toBeGreaterThan(0);
    await expectAccessible(member, "activities");
  });
});
