import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_NETWORK, expectAccessible, fitsWidth, signedInPage, useSolmu } from "./support.ts";

const heading = (p: Page) => p.getByRole("heading", { level: 1 }).textContent();

/** The n-th Tuesday of a month as "YYYY-MM-DD". */
function nthTuesday(year: number, month: number, n: number) {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((2 - firstWeekday + 7) % 7) + 7 * (n - 1);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2027-01-12" as a Finn writes it: 12.1.2027. */
const finnish = (date: string) => `${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.${date.slice(0, 4)}`;

describe("the annual clock: an event on the second Tuesday of every month", () => {
  const solmu = useSolmu();
  let page: Page;
  let networkUrl = "";

  beforeAll(async () => {
    page = await signedInPage(solmu.browser, solmu.server.url, "koordinaattori@demo.solmu.fi", { network: DEMO_NETWORK });
    networkUrl = page.url();
  });

  it("is chosen in the form, described in words, and shows its next dates and its description", async () => {
    // Next year's January, so that every date shown is still to come.
    const year = new Date().getUTCFullYear() + 1;
    const tuesdays = [1, 2, 3].map((month) => nthTuesday(year, month, 2));
    await page.goto(`${networkUrl}/calendar`);
    await expect.poll(() => heading(page)).toBe("Vuosikello");
    await page.getByRole("button", { name: "Lisää tapahtuma" }).first().click();
    await page.getByLabel("Nimi", { exact: true }).fill("Perhepalveluiden kuukausikahvit");
    await page.getByLabel("Alkaa").fill(`${tuesdays[0]}T14:00`);
    await page.getByLabel("Päättyy").fill(`${tuesdays[0]}T15:30`);
    await page.getByLabel("Toistuminen").selectOption("monthly");
    const days = page.getByRole("group", { name: "Minä päivänä kuukaudessa?" });
    await expect.poll(() => days.getByRole("radio").count()).toBe(2);
    await days.getByLabel("Kuukauden toinen tiistai").check();
    await page.getByLabel("Kuvaus").fill("Vapaamuotoinen kahvitapaaminen etäyhteydellä: kuulumiset ja ajankohtaiset asiat.");
    await expectAccessible(page, "event form with a monthly rule");
    await page.getByRole("button", { name: "Lisää vuosikelloon" }).click();

    // The form is gone: its message stands in the new event's details, where focus goes.
    const details = page.getByRole("region", { name: "Perhepalveluiden kuukausikahvit" });
    await expect.poll(() => details.getByRole("status").textContent()).toBe("Tapahtuma lisättiin vuosikelloon.");
    expect(await details.getByRole("status").evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => details.textContent()).toContain("Joka kuukauden toinen tiistai");
    const upcoming = details.locator("ol.calendar-upcoming li");
    await expect.poll(() => upcoming.count()).toBe(5);
    expect((await upcoming.allTextContents()).slice(0, 3)).toEqual(tuesdays.map((d) => `${finnish(d)} klo 14.00`));
    expect(await details.textContent()).toContain("Vapaamuotoinen kahvitapaaminen etäyhteydellä");
    await expectAccessible(page, "details of a monthly event");

    // The same rule goes into the calendar file, as RFC 5545 writes it.
    const eventId = new URL(page.url()).searchParams.get("event");
    const ics = await page.request.get(`${solmu.server.url}/api/networks/${networkUrl.split("/networks/")[1]}/events/${eventId}/ics`);
    expect((await ics.text()).replace(/\r\n[ \t]/g, "")).toContain("RRULE:FREQ=MONTHLY;BYDAY=2TU");

    // The annual clock marks every month's occurrence of it.
    const marks = page.getByRole("link", { name: /Perhepalveluiden kuukausikahvit/ });
    await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(12);
  });

  it("says that the event was cancelled in its details, where the cancel button was, at phone width too", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const details = page.getByRole("region", { name: "Perhepalveluiden kuukausikahvit" });
    await details.getByRole("button", { name: "Peru tapahtuma" }).click();
    await details.getByRole("button", { name: "Kyllä, peru tapahtuma" }).click();
    await expect.poll(() => details.getByRole("status").textContent()).toBe("Tapahtuma peruttiin.");
    expect(await details.getByRole("status").evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await details.getByText("Peruttu", { exact: true }).count()).toBe(1);
    expect(await details.getByRole("button", { name: "Peru tapahtuma" }).count()).toBe(0);
    await expect.poll(() => page.getByRole("link", { name: /Perhepalveluiden kuukausikahvit/ }).count()).toBe(0);
    expect(await fitsWidth(page), "calendar at 375px").toBe(true);
    await expectAccessible(page, "details of a cancelled event");
  });
});
