import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../support/server.ts";
import { DEMO_NETWORK, DEMO_PASSWORD, expectAccessible, submitSignIn, useSolmu } from "./support.ts";

// Waits on the server: password checks (argon2) and the cleanup job take longer than a second on a busy machine.
const SERVER_WAIT = { timeout: 10_000 };

/** Types the password into the deletion form and goes through both steps of the confirmation. */
async function deleteAccount(page: Page, password: string) {
  await page.getByLabel("Salasanasi").fill(password);
  await page.getByRole("button", { name: "Poista tilini…" }).click();
  // The second step takes the keyboard focus, so a screen reader hears the question first.
  const question = page.getByRole("heading", { level: 3, name: "Poistetaanko tilisi pysyvästi?" });
  await expect.poll(() => question.evaluate((h) => h === document.activeElement)).toBe(true);
  await page.getByRole("button", { name: "Kyllä, poista tilini" }).click();
}

describe("the privacy notice and deleting one's account", () => {
  const solmu = useSolmu();
  let restarted: RunningServer | undefined;
  afterAll(async () => {
    await restarted?.stop();
  });

  it("shows the privacy notice without signing in, in Finnish and in English", async () => {
    const fi = await (await solmu.browser.newContext({ locale: "fi-FI" })).newPage();
    await fi.goto(`${solmu.server.url}/login`);
    await fi.getByRole("contentinfo").getByRole("link", { name: "Tietosuojaseloste" }).click();
    await fi.getByRole("heading", { level: 1, name: "Tietosuojaseloste" }).waitFor();
    // Solmu's own text, its "## " lines as headings.
    await fi.getByRole("heading", { level: 2, name: "Rekisterinpitäjä ja yhteyshenkilö" }).waitFor();
    await expect.poll(() => fi.getByText(/tietosuojavaltuutetun toimistolle/).count(), SERVER_WAIT).toBe(1);
    await expectAccessible(fi, "privacy notice (fi)");

    const en = await (await solmu.browser.newContext({ locale: "en-GB" })).newPage();
    await en.goto(`${solmu.server.url}/privacy`);
    await en.getByRole("heading", { level: 1, name: "Privacy notice" }).waitFor();
    await en.getByRole("heading", { level: 2, name: "Your rights" }).waitFor();
    expect(await en.getByRole("heading", { level: 2, name: /Rekisterinpitäjä/ }).count()).toBe(0);
    await expectAccessible(en, "privacy notice (en)");
  });

  it("deletes the member's account with the right password only, and the account is gone", async () => {
    const page = await (await solmu.browser.newContext({ locale: "fi-FI" })).newPage();
    await submitSignIn(page, solmu.server.url, "jasen@demo.solmu.fi");
    await page.getByRole("heading", { level: 1, name: "Omat verkostot" }).waitFor();
    await page.goto(`${solmu.server.url}/account`);
    await page.getByRole("heading", { level: 2, name: "Poista tilini" }).waitFor();

    await deleteAccount(page, "ei-tama-salasana");
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "Salasana ei täsmää." }).count(), SERVER_WAIT).toBe(1);
    expect(await page.getByLabel("Salasanasi").getAttribute("aria-invalid")).toBe("true");
    expect((await page.request.get(`${solmu.server.url}/api/me`)).status()).toBe(200);

    await deleteAccount(page, DEMO_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Kirjaudu sisään" }).waitFor();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Tilisi on poistettu." }).count(), SERVER_WAIT).toBe(1);
    expect((await page.request.get(`${solmu.server.url}/api/me`)).status()).toBe(401);

    await submitSignIn(page, solmu.server.url, "jasen@demo.solmu.fi");
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "Sähköposti tai salasana on väärin." }).count(), SERVER_WAIT).toBe(1);
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("lets the instance admin write the notice, and refuses to delete the only admin", async () => {
    const admin = await (await solmu.browser.newContext({ locale: "fi-FI" })).newPage();
    await submitSignIn(admin, solmu.server.url, "admin@demo.solmu.fi");
    await admin.getByRole("heading", { level: 1, name: "Omat verkostot" }).waitFor();
    await admin.goto(`${solmu.server.url}/privacy`);
    await admin.getByRole("heading", { level: 2, name: "Muokkaa tietosuojaselostetta" }).waitFor();
    await admin.getByLabel("Selosteen teksti (suomi)").fill("## Rekisterinpitäjä\nEsimerkkikunta, tietosuoja@esimerkki.fi");
    await admin.getByRole("button", { name: "Tallenna" }).click();
    await expect
      .poll(() => admin.locator(".instance-document").getByText("Esimerkkikunta, tietosuoja@esimerkki.fi").count(), SERVER_WAIT)
      .toBe(1);
    expect(await admin.getByRole("heading", { level: 2, name: "Mihin tietoja käytetään" }).count()).toBe(0);

    await admin.goto(`${solmu.server.url}/account`);
    await deleteAccount(admin, DEMO_PASSWORD);
    await expect.poll(() => admin.getByRole("alert").filter({ hasText: "ainoa ylläpitäjä" }).count(), SERVER_WAIT).toBe(1);
    expect((await admin.request.get(`${solmu.server.url}/api/me`)).status()).toBe(200);

    // The instance audit log records the saved notice, beside every network's events.
    await admin.getByRole("link", { name: "Palvelun tapahtumaloki" }).click();
    const row = admin.getByRole("row").filter({ hasText: "Tietosuojaseloste" });
    await row.waitFor();
    expect(await row.getByRole("cell", { name: "Koko palvelu" }).count()).toBe(1);
    expect(await row.getByRole("cell", { name: "Palvelun teksti tallennettiin" }).count()).toBe(1);
    await expectAccessible(admin, "instance audit log");
  });

  it("lets the coordinator set how long survey answers are kept", async () => {
    const page = await (await solmu.browser.newContext({ locale: "fi-FI" })).newPage();
    await submitSignIn(page, solmu.server.url, "koordinaattori@demo.solmu.fi");
    await page.getByRole("heading", { level: 1, name: "Omat verkostot" }).waitFor();
    await page.getByRole("link", { name: DEMO_NETWORK, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: DEMO_NETWORK }).waitFor();
    await page.goto(`${page.url()}/settings`);
    const retention = page.getByRole("group", { name: "Kyselyvastausten säilytys" });
    const months = retention.getByLabel("Yksittäisten vastausten säilytysaika (kuukautta)");
    expect(await months.inputValue()).toBe("36");
    const onLeave = retention.getByRole("group", { name: /Kun jäsen poistaa tilinsä/ });
    expect(await onLeave.getByRole("radio", { name: "Vastaukset jäävät koosteisiin" }).isChecked()).toBe(true);
    await expectAccessible(page, "network settings");

    // Empty means no limit; both choices must survive a save, since the form sends the whole network.
    const save = async () => {
      await page.getByRole("button", { name: "Tallenna" }).click();
      await expect.poll(() => page.getByRole("status").filter({ hasText: "Tallennettu." }).count(), SERVER_WAIT).toBe(1);
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Asetukset" }).waitFor();
    };
    await months.fill("");
    await onLeave.getByRole("radio", { name: "Vastaukset poistetaan" }).check();
    await save();
    expect(await months.inputValue()).toBe("");
    expect(await onLeave.getByRole("radio", { name: "Vastaukset poistetaan" }).isChecked()).toBe(true);
    // Without a limit the network home asks the coordinator to decide one, and leads to these settings.
    const settingsUrl = page.url();
    await page.getByRole("link", { name: "Etusivu" }).first().click();
    await page.getByRole("link", { name: "Päätä, kuinka kauan kyselyjen yksittäiset vastaukset säilytetään" }).click();
    await page.getByRole("heading", { level: 1, name: "Asetukset" }).waitFor();
    expect(page.url()).toBe(settingsUrl);
    // One month: last year's round is past it, which the next test relies on.
    await months.fill("1");
    await save();
    expect(await months.inputValue()).toBe("1");

    await page.goto(`${solmu.server.url}/account`);
    await page.getByRole("heading", { level: 2, name: "Poista tilini" }).waitFor();
    await expectAccessible(page, "account page with the deletion section");
  });

  it("says on the health page and the map that a round's answers were deleted after the retention period", async () => {
    // The cleanup job runs when the server starts: restart on the same data.
    await solmu.server.kill("SIGTERM");
    restarted = await startServer({ SOLMU_DATA_DIR: solmu.server.dataDir });
    const page = await (await solmu.browser.newContext({ locale: "fi-FI" })).newPage();
    await submitSignIn(page, restarted.url, "koordinaattori@demo.solmu.fi");
    await page.getByRole("heading", { level: 1, name: "Omat verkostot" }).waitFor();
    await page.getByRole("link", { name: DEMO_NETWORK, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: DEMO_NETWORK }).waitFor();
    const networkUrl = page.url();
    const lastYear = async () => {
      const list = (await (await page.request.get(`${networkUrl.replace("/networks/", "/api/networks/")}/surveys`)).json()) as {
        items: { id: string; title: string; answersPurgedAt: string | null }[];
      };
      return list.items.find((r) => r.title === "Verkoston terveyskysely, edellinen kierros");
    };
    await expect.poll(async () => (await lastYear())?.answersPurgedAt ?? null, SERVER_WAIT).not.toBeNull();
    const round = (await lastYear())?.id as string;

    await page.goto(`${networkUrl}/health?round=${round}`);
    await page.getByRole("heading", { level: 2, name: "Verkoston terveyskysely, edellinen kierros" }).waitFor();
    await expect
      .poll(() => page.getByText(/^Yksittäiset vastaukset poistettiin .* luvut on säilytetty koosteina\.$/).count(), SERVER_WAIT)
      .toBe(1);
    // The figures are still there; the person-level table is not, and the page says why.
    await page.getByRole("heading", { level: 2, name: "Verkoston rakenne" }).waitFor();
    await expect.poll(() => page.getByText(/^Henkilökohtaiset luvut poistettiin/).count(), SERVER_WAIT).toBe(1);
    await expectAccessible(page, "health page of a purged round");

    await page.goto(`${networkUrl}/health/map?round=${round}`);
    await expect.poll(() => page.getByText(/^Tämän kierroksen karttaa ei voi enää piirtää/).count(), SERVER_WAIT).toBe(1);
  });
});
