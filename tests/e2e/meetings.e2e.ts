import { describe, expect, it } from "vitest";
import { apiSession, DEMO_PASSWORD, expectAccessible, fitsWidth, useCoordinatorAndMember, useSolmu } from "./support.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const finnishDay = (d: string) => `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}`;

describe("facilitation: a meeting with a learning café and a live open-space board", () => {
  const solmu = useSolmu();
  const pages = useCoordinatorAndMember(solmu);

  it("plans a meeting, builds its agenda with a learning café and seats the café", async () => {
    await pages.coordinator.getByRole("link", { name: "Tapaamiset", exact: true }).click();
    await pages.coordinator.getByRole("heading", { level: 1, name: "Tapaamiset" }).waitFor();
    await expectAccessible(pages.coordinator, "meetings");
    await pages.coordinator.getByLabel("Tapaamisen nimi").fill("Syystapaaminen: oppimiskahvila");
    await pages.coordinator.getByLabel("Päivä", { exact: true }).fill(inDays(14));
    await pages.coordinator.getByLabel("Alkaa", { exact: true }).fill("13:00");
    await pages.coordinator.getByLabel("Päättyy", { exact: true }).fill("16:00");
    await pages.coordinator.getByRole("button", { name: "Valitse kaikki näytetyt" }).click();
    await pages.coordinator.getByRole("button", { name: "Suunnittele tapaaminen" }).click();
    await pages.coordinator.getByRole("heading", { level: 1, name: /Syystapaaminen/ }).waitFor();

    const addBlock = async (title: string, method: string, minutes: string) => {
      await pages.coordinator.getByRole("button", { name: "Lisää kohta" }).click();
      const block = pages.coordinator.locator("fieldset.agenda-block").last();
      await block.getByLabel("Menetelmä").selectOption(method);
      await block.getByLabel("Kohdan nimi").fill(title);
      await block.getByLabel("Kesto minuutteina").fill(minutes);
    };
    await pages.coordinator.getByRole("button", { name: /Tee ohjelma|Muokkaa ohjelmaa/ }).click();
    await addBlock("Tervetuloa", "introductions", "20");
    await addBlock("Oppimiskahvila: yhteiset asiakkaat", "learning_cafe", "90");
    await pages.coordinator.getByRole("button", { name: "Tallenna ohjelma" }).click();
    await expect.poll(() => pages.coordinator.getByText("Ohjelma tallennettiin.").count()).toBe(1);
    await expectAccessible(pages.coordinator, "meeting");

    await pages.coordinator.getByLabel("Pöytien määrä").fill("4");
    await pages.coordinator.getByLabel("Kierrosten määrä").fill("3");
    await pages.coordinator.getByRole("button", { name: "Tee istumajärjestys" }).click();
    await expect.poll(() => pages.coordinator.getByText(/uutta tuttavuutta enintään/).count()).toBe(1);
    expect(await pages.coordinator.getByRole("heading", { name: /Kierros 1\/3/ }).count()).toBeGreaterThan(0);
  });

  it("records a decision and a promise straight from the meeting", async () => {
    await pages.coordinator.getByLabel("Päätös lyhyesti").fill("Syksyn teema on yhteiset asiakkaat");
    await pages.coordinator.getByLabel("Päätöksen sisältö").fill("Verkosto keskittyy syksyllä asiakkaisiin, joita palvelemme yhdessä.");
    await pages.coordinator.getByLabel("Miten päätettiin").selectOption("consensus");
    await pages.coordinator.getByRole("button", { name: "Kirjaa päätös" }).click();
    await expect.poll(() => pages.coordinator.getByText(/kirjattiin päätöslokiin/).count()).toBe(1);
    await pages.coordinator.getByLabel("Mitä luvataan").fill("Kokoan yhteisten asiakkaiden polut");
    await pages.coordinator.getByLabel("Mihin mennessä").fill(inDays(40));
    await pages.coordinator.getByRole("button", { name: "Kirjaa lupaus" }).click();
    await expect.poll(() => pages.coordinator.getByText(/kirjattiin\./).count()).toBeGreaterThan(0);
    await pages.coordinator.goto(`${pages.networkUrl}/decisions`);
    await expect.poll(() => pages.coordinator.getByText("Syksyn teema on yhteiset asiakkaat").count()).toBeGreaterThan(0);
  });

  it("composes the minutes, saves an edit, approves them after asking, and sends them", async () => {
    const page = pages.coordinator;
    await page.goto(`${pages.networkUrl}/meetings`);
    await page.getByRole("link", { name: "Syystapaaminen: oppimiskahvila" }).first().click();
    const text = page.getByLabel("Pöytäkirjan teksti (Markdown)");
    await expect.poll(() => text.inputValue()).toContain("- **Syksyn teema on yhteiset asiakkaat** (Konsensus)");
    await text.fill(`${await text.inputValue()}\nSeuraava tapaaminen keväällä.\n`);
    await page.getByRole("button", { name: "Tallenna luonnos" }).click();
    await expect.poll(() => page.getByText("Luonnos tallennettiin.").count()).toBe(1);
    await expectAccessible(page, "meeting minutes");
    await page.getByRole("button", { name: "Hyväksy pöytäkirja" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Hyväksy pöytäkirja" }).click();
    await expect.poll(() => page.getByText("Pöytäkirja hyväksyttiin.").count()).toBe(1);
    expect(await text.count()).toBe(0);
    await page.getByRole("button", { name: "Lähetä osallistujille" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Lähetä osallistujille" }).click();
    await expect.poll(() => page.getByText("Pöytäkirja lähetettiin osallistujille.").count()).toBe(1);
    expect(await page.getByText("Seuraava tapaaminen keväällä.").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Lataa pöytäkirja (Markdown)" }).count()).toBe(1);
  });

  it("runs the open-space board for two people at once, live", async () => {
    // The demo's coming workshop already has an open-space board.
    await pages.member.goto(`${pages.networkUrl}/meetings`);
    await pages.member.getByRole("link", { name: "Kevään työpaja: avoin tila" }).first().click();
    await pages.member.getByRole("link", { name: "Avaa open space -taulu" }).click();
    await pages.member.getByRole("heading", { level: 1, name: /Open space/ }).waitFor();
    const boardUrl = pages.member.url();
    await pages.coordinator.goto(boardUrl);
    await pages.coordinator.getByRole("heading", { level: 1, name: /Open space/ }).waitFor();
    await expect.poll(() => pages.member.getByText("Ajantasainen").count()).toBe(1);
    await expect.poll(() => pages.coordinator.getByText("Ajantasainen").count()).toBe(1);
    await expectAccessible(pages.member, "open-space board");

    await pages.member.getByLabel("Aihe").fill("Isovanhemmat perheiden tukena");
    await pages.member.getByRole("button", { name: "Ehdota", exact: true }).click();
    // The coordinator sees it without reloading.
    await expect.poll(() => pages.coordinator.getByText("Isovanhemmat perheiden tukena").count(), { timeout: 5000 }).toBeGreaterThan(0);

    await pages.coordinator.getByLabel("Aika", { exact: true }).last().fill("12.00–12.30");
    await pages.coordinator.getByRole("button", { name: "Lisää aika" }).click();
    await expect.poll(() => pages.member.getByRole("rowheader", { name: "12.00–12.30" }).count(), { timeout: 5000 }).toBe(1);

    const card = pages.member.locator("article, li, div.board-session", { hasText: "Isovanhemmat perheiden tukena" }).first();
    await card.getByRole("button", { name: "Tule mukaan" }).first().click();
    await expect.poll(() => pages.coordinator.getByText(/Mikko Heikkinen/).count(), { timeout: 5000 }).toBeGreaterThan(0);
    await pages.member.setViewportSize({ width: 320, height: 800 });
    expect(await fitsWidth(pages.member), "board at 320px").toBe(true);
  });

  it("shows the balance of side-by-side and joint work", async () => {
    await pages.member.goto(`${pages.networkUrl}/activities`);
    await pages.member.getByRole("heading", { level: 1 }).waitFor();
    await expect.poll(() => pages.member.getByText(/rinnakkain/).count()).toBeGreaterThan(0);
    await expectAccessible(pages.member, "activities");
  });

  it("closes a member's answer at the deadline, also when it passes while the page is open", async () => {
    const networkId = pages.networkUrl.match(/networks\/([^/?#]+)/)?.[1] ?? "";
    const meetings = `/api/networks/${networkId}/meetings`;
    const coordinator = await apiSession(solmu.server.url, "koordinaattori@demo.solmu.fi", DEMO_PASSWORD);
    const me = await (await apiSession(solmu.server.url, "jasen@demo.solmu.fi", DEMO_PASSWORD))<{
      networks: { id: string; personId: string }[];
    }>("GET", "/api/me");
    const made = await coordinator<{ id: string; version: number }>("POST", meetings, {
      event: { title: "Talvitapaaminen", kind: "network_meeting", start: `${inDays(20)}T13:00`, end: `${inDays(20)}T15:00` },
      participantIds: [me.networks.find((n) => n.id === networkId)?.personId],
      rsvpDeadline: inDays(10),
    });
    const page = pages.member;
    const main = page.getByRole("main");
    const answers = main.getByRole("button", { name: /^(Tulen|Ehkä|En pääse)$/ });
    const closed = `Vastausaika päättyi ${finnishDay(inDays(-1))}, joten et voi enää vastata tai muuttaa vastaustasi. Jos tilanteesi muuttuu, kerro siitä koordinaattorille.`;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${pages.networkUrl}/meetings/${made.id}`);
    await main.getByRole("heading", { level: 1, name: "Talvitapaaminen" }).waitFor();
    await main.getByRole("button", { name: "Tulen", exact: true }).click();
    await expect.poll(() => main.getByRole("button", { name: "Tulen", exact: true }).getAttribute("aria-pressed")).toBe("true");

    // The coordinator moves the deadline to yesterday while the member still has the page open.
    await coordinator("PATCH", `${meetings}/${made.id}`, {
      version: made.version,
      purpose: "",
      expectedOutcome: "",
      rsvpDeadline: inDays(-1),
    });
    await main.getByRole("button", { name: "En pääse", exact: true }).click();
    const status = main.getByRole("status").filter({ hasText: "Vastausaika päättyi" });
    await expect.poll(() => status.textContent()).toBe(closed);
    expect(await status.evaluate((el) => el === document.activeElement), "the refused answer's message takes focus").toBe(true);
    expect(await answers.count()).toBe(0);
    expect(await main.getByText("Vastauksesi kutsuun: Tulen").count()).toBe(1);
    expect(await fitsWidth(page), "closed answer at 375px").toBe(true);
    await expectAccessible(page, "meeting with answers closed");

    // Coming back later, the member sees the same without the buttons, on the meeting and in the list.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await expect.poll(() => main.getByText(closed).count()).toBe(1);
    expect(await answers.count()).toBe(0);
    await page.goto(`${pages.networkUrl}/meetings`);
    const card = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Talvitapaaminen" }) });
    await expect.poll(() => card.getByText(closed).count()).toBe(1);
    expect(await card.getByText("Vastauksesi kutsuun: Tulen").count()).toBe(1);
    expect(await card.getByRole("button").count()).toBe(0);
  });
});
