import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { windows1252 } from "../support/encodings.ts";
import { DEMO_NETWORK, expectAccessible, fitsWidth, signedInPage, signIn, useSolmu } from "./support.ts";

const heading = (p: Page) => p.getByRole("heading", { level: 1 }).textContent();
/** The page's own status message (the header's search box has a status region of its own). */
const status = (p: Page) => p.getByRole("main").getByRole("status").first();

describe("the member directory, as a coordinator and a member use it", () => {
  const solmu = useSolmu();
  let page: Page;
  let networkUrl = "";

  beforeAll(async () => {
    page = await signedInPage(solmu.browser, solmu.server.url, "koordinaattori@demo.solmu.fi", { network: DEMO_NETWORK });
    networkUrl = page.url();
  });

  it("imports people from CSV after fixing a bad row the check found", async () => {
    await page
      .getByRole("navigation", { name: /Pohjois-Savon/ })
      .getByRole("link", { name: "Tuonti" })
      .click();
    await expect.poll(() => heading(page)).toBe("Tuo CSV- tai Excel-tiedostosta");
    await expectAccessible(page, "import");
    await page.getByLabel("Henkilöt").check();
    const csv = [
      "Nimi;Sähköposti;Organisaatio;Osaaminen;Tarpeet",
      "Sanni Suomalainen;sanni.suomalainen@example.fi;Kuopion kaupunki;kokemusasiantuntijuus, palvelumuotoilu;vertaistukea",
      "Ville Virheellinen;ville(at)example.fi;MLL:n Pohjois-Savon piiri ry;lean;",
    ].join("\n");
    await page.getByLabel("CSV-sisältö").fill(csv);
    await page.getByRole("button", { name: "Tarkista" }).click();
    const problems = page.getByRole("table", { name: /Ongelmat/ });
    await expect.poll(() => problems.textContent()).toContain("Sähköpostiosoite ei kelpaa.");
    expect(await problems.textContent()).toContain("3");
    expect(await page.getByRole("button", { name: "Tuo", exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page, "import with problems");

    await page.getByLabel("CSV-sisältö").fill(csv.replace("ville(at)example.fi", "ville.virtanen@example.fi"));
    await page.getByRole("button", { name: "Tarkista" }).click();
    await expect.poll(() => page.getByText("Ongelmia ei löytynyt.").count()).toBe(1);
    await page.getByRole("button", { name: "Tuo", exact: true }).click();
    await expect.poll(() => status(page).textContent()).toContain("2 uutta lisätty");
  });

  // Issue #19 points 8 and 9: Excel's "CSV (luetteloerotin)" in Finland is Windows-1252 with semicolons.
  it("imports a Windows-1252 file from Finnish Excel, adding the organisation it names that the network lacks", async () => {
    await page.goto(`${networkUrl}/import`);
    await expect.poll(() => heading(page)).toBe("Tuo CSV- tai Excel-tiedostosta");
    await page.getByLabel("Henkilöt").check();
    const file = windows1252(
      [
        "Nimi;Sähköposti;Organisaatio;Tehtävänimike;Osaaminen",
        "Öllö Äänismaa;ollo.aanismaa@example.fi;Pielaveden kunta;Perhetyöntekijä;”lapsiperheet”, työparityö",
        "Åsa Öhman;asa.ohman@example.fi;Kuopion kaupunki;Sosiaaliohjaaja – 50 %;",
      ].join("\r\n"),
    );
    await page
      .getByLabel("CSV- tai Excel-tiedosto")
      .setInputFiles({ name: "henkilot.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
    // The page shows the text as the server will read it: the letters are whole, not replacement characters.
    await expect
      .poll(() => page.getByLabel("CSV-sisältö").inputValue())
      .toContain("Öllö Äänismaa;ollo.aanismaa@example.fi;Pielaveden kunta");
    await page.getByRole("button", { name: "Tarkista" }).click();
    await expect.poll(() => status(page).textContent()).toContain("1 uusi organisaatio lisätään: Pielaveden kunta.");
    expect(await status(page).textContent()).toContain("2 uutta");
    expect(await page.getByText("Luettu CSV-tiedostona: merkistö Windows-1252 (Excelin CSV), erotinmerkki puolipiste (;).").count()).toBe(
      1,
    );
    expect(await page.getByText("Ongelmia ei löytynyt.").count()).toBe(1);
    await expectAccessible(page, "import with a new organisation");

    await page.getByRole("button", { name: "Tuo", exact: true }).click();
    await expect.poll(() => status(page).textContent()).toContain("1 uusi organisaatio lisättiin: Pielaveden kunta.");
    expect(await status(page).textContent()).toContain("2 uutta lisätty");

    await page.goto(`${networkUrl}/people?q=${encodeURIComponent("Äänismaa")}`);
    await expect.poll(() => status(page).textContent()).toBe("Löytyi 1 henkilö.");
    await page.getByRole("link", { name: "Öllö Äänismaa" }).click();
    await expect.poll(() => heading(page)).toBe("Öllö Äänismaa");
    const facts = page.locator(".facts");
    await expect.poll(() => facts.textContent()).toContain("Pielaveden kunta");
    expect(await facts.textContent()).toContain("”lapsiperheet”");
    await page.goto(`${networkUrl}/people?q=${encodeURIComponent("Öhman")}`);
    await expect.poll(() => page.getByRole("link", { name: "Åsa Öhman" }).count()).toBe(1);
    await page.goto(`${networkUrl}/organisations`);
    await expect.poll(() => page.getByRole("link", { name: "Pielaveden kunta" }).count()).toBe(1);
  });

  it("finds a person by a competence and opens the profile", async () => {
    await page.goto(`${networkUrl}/people`);
    await expect.poll(() => heading(page)).toBe("Ihmiset");
    await expectAccessible(page, "people");
    await page.getByLabel("Osaaminen", { exact: true }).fill("kokemusasiantuntijuus");
    await page.getByRole("main").getByRole("button", { name: "Hae", exact: true }).click();
    await expect.poll(() => status(page).textContent()).toBe("Löytyi 1 henkilö.");
    await page.getByRole("link", { name: "Sanni Suomalainen" }).click();
    await expect.poll(() => heading(page)).toBe("Sanni Suomalainen");
    expect(await page.locator(".facts").textContent()).toContain("kokemusasiantuntijuus");
    await expectAccessible(page, "person (coordinator editing)");
  });

  it("shows the who's-who gallery and prints it as name cards", async () => {
    await page.goto(`${networkUrl}/people?view=gallery`);
    await expect.poll(() => page.locator(".gallery-card").count()).toBeGreaterThan(30);
    await expectAccessible(page, "gallery");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("form.filters").isVisible()).toBe(false);
    expect(await page.locator(".gallery-network").first().isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
  });

  it("lists organisations and who is missing", async () => {
    await page.goto(`${networkUrl}/organisations`);
    await expect.poll(() => heading(page)).toBe("Organisaatiot");
    await expect.poll(() => page.getByText("Kela").count()).toBeGreaterThan(0);
    await expectAccessible(page, "organisations");
    await page.getByRole("link", { name: "Kuopion kaupunki" }).first().click();
    await expect.poll(() => heading(page)).toBe("Kuopion kaupunki");
    await expectAccessible(page, "organisation");
    // Who speaks for the organisation: the coordinator changes its representatives, and the page says so there.
    const section = page.getByRole("region", { name: "Edustajat" });
    const others = section.getByRole("heading", { name: "Muut organisaation ihmiset verkostossa" });
    const named = section.getByRole("checkbox", { checked: true });
    await expect.poll(() => named.count()).toBeGreaterThan(1);
    const nameOf = async () => (await page.locator(`label[for="${await named.first().getAttribute("id")}"]`).textContent())?.trim() ?? "";
    const representative = await nameOf();
    await named.first().uncheck();
    await section.getByRole("button", { name: "Tallenna edustajat" }).click();
    await expect.poll(() => section.getByRole("status").textContent()).toBe("Edustajat tallennettiin.");
    await expect.poll(() => others.count()).toBe(1);
    // They move from the representatives to the organisation's other people.
    await expect.poll(async () => (await section.locator("ul").last().textContent()) ?? "").toContain(representative);
    await section.getByRole("checkbox", { name: representative }).check();
    await section.getByRole("button", { name: "Tallenna edustajat" }).click();
    await expect.poll(() => section.getByRole("checkbox", { checked: true }).count()).toBeGreaterThan(1);
  });

  it("prompts a member with stale details to confirm them, and the prompt goes away", async () => {
    const member = await (await solmu.browser.newContext({ locale: "fi-FI" })).newPage();
    await signIn(member, solmu.server.url, "jasen@demo.solmu.fi");
    const banner = member.getByRole("complementary", { name: "Ovatko tietosi ajan tasalla?" });
    await expect.poll(() => banner.count()).toBe(1);
    await banner.getByRole("link").click();
    await expect.poll(() => heading(member)).toBe("Mikko Heikkinen");
    await expectAccessible(member, "own profile, stale");
    await member.getByRole("button", { name: "Tiedot ovat ajan tasalla" }).click();
    await expect.poll(() => member.getByText("Kiitos! Tietosi on vahvistettu.").count()).toBe(1);
    await expect.poll(() => banner.count()).toBe(0);
    await member.setViewportSize({ width: 320, height: 800 });
    for (const path of ["people", "people?view=gallery", "organisations"]) {
      await member.goto(`${networkUrl}/${path}`);
      await member.getByRole("heading", { level: 1 }).waitFor();
      expect(await fitsWidth(member), `${path} at 320px`).toBe(true);
    }
  });
});
