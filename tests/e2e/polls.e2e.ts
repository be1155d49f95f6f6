import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_NETWORK, expectAccessible, fitsWidth, signedInPage, useSolmu } from "./support.ts";

const heading = (p: Page) => p.getByRole("heading", { level: 1 }).textContent();
/** The page's own content: the header holds the search's status region, which the page's statuses must not be mixed with. */
const main = (p: Page) => p.getByRole("main");
const focusedText = (p: Page) => p.evaluate(() => document.activeElement?.textContent ?? "");

/** A day some weeks ahead as "YYYY-MM-DD", and as the annual clock writes it in Finnish ("5. helmikuuta 2027"). */
const ahead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const longFinnish = (date: string) =>
  new Intl.DateTimeFormat("fi-FI", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T12:00:00Z`),
  );

describe("deciding together in polls", () => {
  const solmu = useSolmu();
  const pages = { networkUrl: "" } as { member: Page; coordinator: Page; phone: Page; networkUrl: string };

  beforeAll(async () => {
    pages.member = await signedInPage(solmu.browser, solmu.server.url, "jasen@demo.solmu.fi", { network: DEMO_NETWORK });
    pages.coordinator = await signedInPage(solmu.browser, solmu.server.url, "koordinaattori@demo.solmu.fi", { network: DEMO_NETWORK });
    pages.networkUrl = pages.member.url();
    pages.phone = await signedInPage(solmu.browser, solmu.server.url, "koordinaattori@demo.solmu.fi", { network: DEMO_NETWORK });
    await pages.phone.setViewportSize({ width: 375, height: 800 });
  });

  it("runs a proposal from a member's form through a vote on a phone to the decision log and back", async () => {
    const p = pages.member;
    await p.goto(`${pages.networkUrl}/polls`);
    await expect.poll(() => heading(p)).toBe("Äänestykset");
    await main(p).getByRole("button", { name: "Uusi äänestys" }).click();
    // The form opens where the button was, its heading taking focus.
    await expect.poll(() => focusedText(p)).toBe("Uusi äänestys");
    const form = main(p).getByRole("region", { name: "Uusi äänestys" });
    await form.getByLabel("Kysymys tai otsikko").fill("Kevään verkostopäivä Kuopiossa");
    await form.getByLabel("Tausta ja lisätiedot").fill("Kokoonnutaan kerran keväällä kasvokkain.");
    // A proposal is decided by the agreement's rule, which the form names (the demo's: majority for ordinary decisions).
    await expect.poll(() => form.textContent()).toContain("Pelisääntöjen mukaan tavalliset päätökset tehdään enemmistöllä.");
    await expectAccessible(p, "the new poll form");
    await form.getByRole("button", { name: "Avaa äänestys" }).click();

    await expect.poll(() => heading(p)).toBe("Kevään verkostopäivä Kuopiossa");
    const pollUrl = p.url();
    await expect.poll(() => main(p).getByRole("status").first().textContent()).toContain("Äänestys avattiin.");
    await expect.poll(() => main(p).textContent()).toContain("Enemmistö – pelisääntöjen sääntö tavallisille päätöksille");

    // The coordinator votes on a phone, from the home page's list of what needs them.
    const phone = pages.phone;
    await phone.goto(pages.networkUrl);
    await phone.getByRole("link", { name: /^Äänestä: Kevään verkostopäivä Kuopiossa – sulkeutuu / }).click();
    await expect.poll(() => heading(phone)).toBe("Kevään verkostopäivä Kuopiossa");
    const vote = main(phone).getByRole("region", { name: "Äänesi" });
    await vote.getByRole("group", { name: "Kantasi" }).getByLabel("Esto").check();
    await vote.getByRole("button", { name: "Äänestä" }).click();
    // A block without a reason is refused before sending, at the reason's field.
    await expect.poll(() => vote.locator(".field-problem").first().textContent()).toContain("perustelun");
    await vote.getByRole("group", { name: "Kantasi" }).getByLabel("Puolesta").check();
    await vote.getByLabel("Perustelu (vapaaehtoinen)").fill("Kasvokkain syntyy luottamusta.");
    await vote.getByRole("button", { name: "Äänestä" }).click();
    await expect.poll(() => vote.getByRole("status").textContent()).toBe("Äänesi tallennettiin.");
    expect(await vote.getByRole("status").evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => vote.textContent()).toContain("Äänesi: Puolesta.");
    expect(await fitsWidth(phone), "poll page at 375px").toBe(true);
    await expectAccessible(phone, "a poll at phone width");

    // The member who opened it closes it, after the app's own confirmation. The note that it was opened was said
    // on arrival and is not said again on a reload.
    await p.reload();
    await expect.poll(() => main(p).textContent()).toContain("1/");
    expect(await main(p).textContent()).not.toContain("Äänestys avattiin.");
    const closing = main(p).getByRole("region", { name: "Äänestyksen sulkeminen" });
    await closing.getByRole("button", { name: "Sulje äänestys" }).click();
    const dialog = p.getByRole("dialog");
    await expect.poll(() => dialog.textContent()).toContain("Suljetaanko äänestys ”Kevään verkostopäivä Kuopiossa” nyt?");
    await dialog.getByRole("button", { name: "Sulje äänestys" }).click();
    const after = main(p).getByRole("region", { name: "Päätös ja jatko" });
    await expect.poll(() => after.getByRole("status").textContent()).toBe("Äänestys suljettiin. Päätös kirjattiin päätöslokiin.");
    await expect.poll(() => main(p).locator(".poll-banner").textContent()).toBe("Hyväksytty");
    await expect.poll(() => main(p).textContent()).toContain("Kasvokkain syntyy luottamusta.");
    await expectAccessible(p, "a closed poll");

    // The decision stands in the log with the poll's counts, and links back to the poll.
    await after.getByRole("link", { name: "Päätös päätöslokissa" }).click();
    await expect.poll(() => heading(p)).toBe("Päätösloki");
    const card = main(p).locator("li.card", { hasText: "Kevään verkostopäivä Kuopiossa" });
    await expect.poll(() => card.textContent()).toContain("Hyväksytty. Puolesta 1, tyhjää 0, vastaan 0, estoja 0.");
    await card.getByRole("link", { name: /Katso äänestys/ }).click();
    await expect.poll(() => p.url()).toBe(pollUrl);
  });

  it("runs a time poll and puts the chosen time's meeting in the annual clock", async () => {
    const p = pages.coordinator;
    const [first, second] = [ahead(40), ahead(42)];
    await p.goto(`${pages.networkUrl}/polls`);
    await main(p).getByRole("button", { name: "Uusi äänestys" }).click();
    const form = main(p).getByRole("region", { name: "Uusi äänestys" });
    await form.getByLabel("Kysymys tai otsikko").fill("Kevään työpajan ajankohta");
    await form.getByLabel("Aikakysely").check();
    await form.getByLabel("Aika 1: päivä").fill(first);
    await form.getByLabel("Aika 1: alkaa").fill("09:00");
    await form.getByLabel("Aika 1: päättyy").fill("11:00");
    await form.getByLabel("Aika 2: päivä").fill(second);
    await form.getByLabel("Aika 2: alkaa").fill("13:00");
    await form.getByLabel("Aika 2: päättyy").fill("15:30");
    await expectAccessible(p, "the new poll form, a time poll");
    await form.getByRole("button", { name: "Avaa äänestys" }).click();
    await expect.poll(() => heading(p)).toBe("Kevään työpajan ajankohta");

    // Yes or maybe for each time, one row of radio buttons per time.
    const vote = main(p).getByRole("region", { name: "Äänesi" });
    const rows = vote.locator("tbody tr");
    await rows
      .nth(0)
      .getByRole("radio", { name: /^Ehkä:/ })
      .check();
    await rows
      .nth(1)
      .getByRole("radio", { name: /^Kyllä:/ })
      .check();
    await vote.getByRole("button", { name: "Äänestä" }).click();
    await expect.poll(() => vote.getByRole("status").textContent()).toBe("Äänesi tallennettiin.");
    await expectAccessible(p, "a time poll");

    const closing = main(p).getByRole("region", { name: "Äänestyksen sulkeminen" });
    await closing.getByRole("group", { name: "Valittava aika" }).getByRole("radio").nth(1).check();
    await closing.getByLabel(/^Luo tapaaminen vuosikelloon/).check();
    await closing.getByRole("button", { name: "Sulje äänestys" }).click();
    await p.getByRole("dialog").getByRole("button", { name: "Sulje äänestys" }).click();
    const after = main(p).getByRole("region", { name: "Päätös ja jatko" });
    await expect.poll(() => after.getByRole("status").textContent()).toContain("Tapaaminen lisättiin vuosikelloon");

    await after.getByRole("link", { name: "Tapaaminen vuosikellossa" }).click();
    await expect.poll(() => heading(p)).toBe("Vuosikello");
    const details = main(p).getByRole("region", { name: "Kevään työpajan ajankohta" });
    await expect.poll(() => details.textContent()).toContain(longFinnish(second));
    expect(await details.textContent()).toContain("13.00–15.30");
  });

  it("speaks English and Swedish too", async () => {
    const en = await signedInPage(solmu.browser, solmu.server.url, "jasen@demo.solmu.fi", { network: DEMO_NETWORK, locale: "en-GB" });
    await en.getByRole("button", { name: "English" }).click();
    // The polls stand in the navigation's "agreeing" group, beside the agreement and the decision log.
    await en.getByRole("list", { name: "Agreeing" }).getByRole("link", { name: "Polls" }).click();
    await expect.poll(() => heading(en)).toBe("Polls");
    await expect.poll(() => main(en).textContent()).toContain("Open polls");

    const sv = await signedInPage(solmu.browser, solmu.server.url, "samordnare@demo.solmu.fi");
    await sv.getByRole("link", { name: /Österbottens nätverk/ }).click();
    await sv.getByRole("list", { name: "Att komma överens" }).getByRole("link", { name: "Omröstningar" }).click();
    await expect.poll(() => heading(sv)).toBe("Omröstningar");
    await main(sv).getByRole("link", { name: "Gemensam kalender för ungdomsarbetet" }).click();
    const vote = main(sv).getByRole("region", { name: "Din röst" });
    await vote.getByLabel("Samtycker").check();
    await vote.getByRole("button", { name: "Rösta" }).click();
    await expect.poll(() => vote.getByRole("status").textContent()).toBe("Din röst har sparats.");
    await expectAccessible(sv, "a consent poll in Swedish");
  });
});
