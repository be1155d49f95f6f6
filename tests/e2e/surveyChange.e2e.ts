import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiSession, DEMO_PASSWORD, expectAccessible, fitsWidth, useCoordinatorAndMember, useSolmu } from "./support.ts";

interface Round {
  id: string;
  title: string;
}

async function atWidth(page: Page, width: number, check: () => Promise<void>) {
  const size = page.viewportSize();
  await page.setViewportSize({ width, height: 800 });
  await check();
  if (size) await page.setViewportSize(size);
}

describe("change between survey rounds", () => {
  const solmu = useSolmu();
  const pages = useCoordinatorAndMember(solmu);

  it("shows on the health dashboard what changed since the first round, sortable by keyboard, and downloads it", async () => {
    const page = pages.coordinator;
    const api = await apiSession(solmu.server.url, "koordinaattori@demo.solmu.fi", DEMO_PASSWORD);
    const networkId = new URL(pages.networkUrl).pathname.split("/")[2] ?? "";
    const { items } = await api<{ items: Round[] }>("GET", `/api/networks/${networkId}/surveys`);
    const previous = items.find((r) => r.title.endsWith("edellinen kierros")) as Round;
    const first = items.find((r) => r.title.endsWith("ensimmäinen kierros")) as Round;
    const change = await api<{ counts: { new: number; lost: number } }>(
      "GET",
      `/api/networks/${networkId}/surveys/${previous.id}/change?compare=${first.id}`,
    );

    await page.goto(`${pages.networkUrl}/health?round=${previous.id}`);
    const main = page.getByRole("main");
    const section = main.locator("section", { has: page.getByRole("heading", { level: 2, name: `Muutos kierroksesta ${first.title}` }) });
    await section.waitFor();
    // The earlier comparable round is chosen by default, and the counts are those of the API.
    expect(await section.getByLabel("Vertaa kierrokseen").inputValue()).toBe(first.id);
    const count = (label: string) => section.locator(".change-counts div", { hasText: label }).locator("dd").textContent();
    await expect.poll(() => count("Uusia yhteyksiä")).toBe(String(change.counts.new));
    expect(await count("Päättyneitä yhteyksiä")).toBe(String(change.counts.lost));
    await section.getByRole("rowheader", { name: "Luottamus: hyväntahtoisuus" }).waitFor();

    // The people table sorts by a column heading's button, by keyboard too.
    const table = section.getByRole("table", { name: "Henkilöt, joiden asema muuttui eniten ensin" });
    const header = table.getByRole("button", { name: /Saapuvat yhteydet/ });
    await header.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => table.getByRole("columnheader", { name: /Saapuvat yhteydet/ }).getAttribute("aria-sort")).toBe("descending");

    const csv = section.getByRole("link", { name: "Muutos (CSV)" });
    expect(await csv.getAttribute("href")).toBe(
      `/api/networks/${networkId}/surveys/${previous.id}/change/export?compare=${first.id}&format=csv`,
    );
    const download = await page.request.get(`${solmu.server.url}${await csv.getAttribute("href")}`);
    expect((await download.text()).split("\r\n")[0]).toBe(`\uFEFFLuku;${first.title};${previous.title};Muutos`);

    await expectAccessible(page, "change since the first round");
    await atWidth(page, 375, async () => expect(await fitsWidth(page), "change at 375px").toBe(true));
    await atWidth(page, 1280, async () => expect(await fitsWidth(page), "change at 1280px").toBe(true));
  });

  it("colours new and lost ties on the map's comparison, with a legend and the ties in words", async () => {
    const page = pages.coordinator;
    const api = await apiSession(solmu.server.url, "koordinaattori@demo.solmu.fi", DEMO_PASSWORD);
    const networkId = new URL(pages.networkUrl).pathname.split("/")[2] ?? "";
    const { items } = await api<{ items: Round[] }>("GET", `/api/networks/${networkId}/surveys`);
    const previous = items.find((r) => r.title.endsWith("edellinen kierros")) as Round;
    const first = items.find((r) => r.title.endsWith("ensimmäinen kierros")) as Round;
    await page.goto(`${pages.networkUrl}/health/map?round=${previous.id}&compare=${first.id}`);
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 2, name: `Vertailu: ${first.title}` }).waitFor();
    const legend = main.getByRole("list", { name: "Yhteydet" });
    await legend.getByText("Uusi yhteys tällä kierroksella").waitFor();
    await legend.getByText("Yhteys, jota ei enää mainittu").waitFor();
    await expect.poll(() => main.getByText(/^Uusia yhteyksiä \d+/).count()).toBe(1);
    await main.getByText(/^Molemmilla kierroksilla \d+ /).waitFor();
    await main.getByText("Uudet yhteydet", { exact: true }).click();
    expect(await main.locator("details[open] li").count()).toBeGreaterThan(0);
    await expectAccessible(page, "map comparing two rounds");
  });
});
