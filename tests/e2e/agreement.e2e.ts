import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { apiSession, DEMO_PASSWORD, expectAccessible, signedInPage, useSolmu } from "./support.ts";

const PASSWORD = "verkosto yhdessä 2026";
const heading = (p: Page) => p.getByRole("heading", { level: 1 }).textContent();

describe("phase 2 of a cycle: agreeing on the rules together", () => {
  const solmu = useSolmu();
  let networkUrl = "";
  const pages: Record<"coordinator" | "anna" | "bertil", Page> = {} as never;

  beforeAll(async () => {
    // A small network with two member organisations, each with one representative, set up through the API.
    const admin = await apiSession(solmu.server.url, "admin@demo.solmu.fi", DEMO_PASSWORD);
    const network = await admin<{ id: string }>("POST", "/api/networks", {
      name: "Varkauden perheverkosto",
      networkType: "joint_strategic",
    });
    const base = `/api/networks/${network.id}`;
    networkUrl = `${solmu.server.url}/networks/${network.id}`;
    const orgs = {
      anna: (await admin<{ id: string }>("POST", `${base}/organisations`, { name: "Varkauden kaupunki", kind: "municipality" })).id,
      bertil: (await admin<{ id: string }>("POST", `${base}/organisations`, { name: "Varkauden seurakunta", kind: "parish" })).id,
    };
    for (const [who, name] of [
      ["anna", "Anna Aaltonen"],
      ["bertil", "Bertil Björk"],
    ] as const) {
      const inv = await admin<{ link: string }>("POST", `${base}/invitations`, { email: `${who}@example.fi` });
      const accepted = await fetch(`${solmu.server.url}/api/invitations/accept`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: new URL(inv.link).hash.replace("#token=", ""), name, password: PASSWORD }),
      });
      expect(accepted.status).toBe(200);
      const people = await admin<{ items: { id: string; version: number }[] }>("GET", `${base}/people?q=${encodeURIComponent(name)}`);
      const person = people.items[0];
      await admin("PATCH", `${base}/people/${person?.id}`, { version: person?.version, organisationId: orgs[who] });
      await admin("PUT", `${base}/organisations/${orgs[who]}/representatives`, { membershipIds: [person?.id] });
    }
    pages.coordinator = await signedInPage(solmu.browser, solmu.server.url, "admin@demo.solmu.fi");
    pages.anna = await signedInPage(solmu.browser, solmu.server.url, "anna@example.fi", { password: PASSWORD });
    pages.bertil = await signedInPage(solmu.browser, solmu.server.url, "bertil@example.fi", { password: PASSWORD });
  });

  const section6 = (p: Page) => p.getByRole("region", { name: "6. Miten verkosto tekee päätöksiä?" });

  it("moves the cycle from assembling to agreeing, with a summary", async () => {
    const p = pages.coordinator;
    await p.goto(`${networkUrl}/cycle`);
    await expect.poll(() => heading(p)).toContain("Sykli");
    await expectAccessible(p, "cycle");
    await p.getByLabel(/Yhteenveto/).fill("Verkosto on koottu: kaupunki ja seurakunta ovat mukana.");
    await p.getByRole("button", { name: /Sulje vaihe/ }).click();
    // Closing a phase asks first, in the app's own dialog, saying what will happen.
    const dialog = p.getByRole("dialog");
    await expect.poll(() => dialog.textContent()).toMatch(/Tavoitteiden ja toimintatapojen sopiminen/);
    await expectAccessible(p, "closing a phase asks first");
    await dialog.getByRole("button", { name: "Jatka" }).click();
    await expect.poll(() => p.locator('[aria-current="step"]').textContent()).toContain("Tavoitteiden ja toimintatapojen sopiminen");
    // A phase closed by mistake can be opened again for 14 days.
    await expect.poll(() => p.getByRole("button", { name: "Avaa vaihe ”Verkoston kokoaminen” uudelleen" }).count()).toBe(1);
  });

  it("never loses work when two members edit the same section: the second merges", async () => {
    const [anna, bertil] = [pages.anna, pages.bertil];
    for (const p of [anna, bertil]) {
      await p.goto(`${networkUrl}/agreement`);
      await expect.poll(() => heading(p)).toBe("Pelisäännöt");
      await section6(p)
        .getByRole("button", { name: /Muokkaa/ })
        .click();
    }
    await expectAccessible(anna, "agreement, editing");
    await section6(anna).getByLabel("Teksti").fill("Päätämme asioista konsensuksella verkostotapaamisissa.");
    await section6(anna).getByRole("button", { name: "Tallenna" }).click();
    await expect.poll(() => section6(anna).textContent()).toContain("Päätämme asioista konsensuksella");

    await section6(bertil).getByLabel("Teksti").fill("Kiireelliset asiat päättää koordinoiva ryhmä.");
    await section6(bertil).getByRole("button", { name: "Tallenna" }).click();
    const alert = section6(bertil).getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("Joku muu tallensi tähän osioon sillä välin");
    expect(await section6(bertil).textContent()).toContain("Päätämme asioista konsensuksella verkostotapaamisissa.");
    await expectAccessible(bertil, "agreement, conflict");
    await section6(bertil)
      .getByLabel("Sinun tekstisi")
      .fill("Päätämme asioista konsensuksella verkostotapaamisissa. Kiireelliset asiat päättää koordinoiva ryhmä.");
    await section6(bertil).getByRole("button", { name: "Tallenna" }).click();
    await expect.poll(() => section6(bertil).getByRole("alert").count()).toBe(0);
    await anna.reload();
    await expect.poll(() => section6(anna).textContent()).toContain("Kiireelliset asiat päättää koordinoiva ryhmä.");
  });

  it("is proposed by the coordinator and approved by both organisations; the printable view shows the approvers", async () => {
    const c = pages.coordinator;
    await c.goto(`${networkUrl}/agreement`);
    await c.getByRole("button", { name: "Ehdota tätä tekstiä hyväksyttäväksi" }).click();
    await expect.poll(() => c.getByText("Ehdotettu, odottaa hyväksyntää").count()).toBeGreaterThan(0);

    for (const p of [pages.anna, pages.bertil]) {
      await p.goto(`${networkUrl}/agreement`);
      await p.getByLabel("Hyväksymme tämän version").check();
      await p.getByRole("button", { name: "Tallenna päätös" }).click();
      // The last acceptance approves the version, and the decision form gives way to its approved status.
      await expect
        .poll(() =>
          p
            .getByText("Päätös tallennettu.")
            .or(p.getByText("Hyväksytty", { exact: true }))
            .count(),
        )
        .toBeGreaterThan(0);
    }
    await pages.bertil.reload();
    await expect.poll(() => pages.bertil.getByText("Hyväksytty", { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(pages.bertil, "agreement, approved");

    await pages.bertil.getByRole("link", { name: "Avaa versio 1 tulostettavana" }).first().click();
    await expect.poll(() => heading(pages.bertil)).toBe("Pelisäännöt: Varkauden perheverkosto");
    const doc = (await pages.bertil.locator("main").textContent()) ?? "";
    expect(doc).toContain("Varkauden kaupunki");
    expect(doc).toContain("Varkauden seurakunta");
    expect(doc).toContain("Kiireelliset asiat päättää koordinoiva ryhmä.");
    await expectAccessible(pages.bertil, "printable agreement");
    await pages.bertil.emulateMedia({ media: "print" });
    expect(await pages.bertil.locator(".site-header").isVisible()).toBe(false);
    await pages.bertil.emulateMedia({ media: "screen" });
  });

  it("keeps goals with the governance-form check, decisions and the self-assessment, all accessible", async () => {
    const p = pages.anna;
    await p.goto(`${networkUrl}/goals`);
    await expect.poll(() => heading(p)).toBe("Tavoitteet");
    await p.getByLabel("Tavoite", { exact: true }).fill("Perheet löytävät avun yhdestä paikasta");
    await p.getByRole("button", { name: "Lisää tavoite" }).click();
    await expect.poll(() => p.getByText("Perheet löytävät avun yhdestä paikasta").count()).toBeGreaterThan(0);
    await expectAccessible(p, "goals");
    await p.goto(`${networkUrl}/decisions`);
    await expect.poll(() => heading(p)).toBe("Päätösloki");
    await expectAccessible(p, "decisions");
    await p.goto(`${networkUrl}/diagnosis`);
    await expect.poll(() => heading(p)).toBe("Verkoston diagnoosi");
    await expectAccessible(p, "diagnosis");
    await pages.coordinator.goto(`${networkUrl}/diagnosis`);
    await expect.poll(() => pages.coordinator.getByRole("heading", { name: "Toisten puolesta vai yhdessä?" }).count()).toBe(1);
    await expectAccessible(pages.coordinator, "diagnosis as coordinator");
  });
});
