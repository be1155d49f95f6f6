import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, fitsWidth, submitSignIn, useSolmu } from "./support.ts";

describe("foundation, as a person uses it", () => {
  const solmu = useSolmu();
  let page: Page;
  let networkUrl = "";
  let invitationLink = "";

  beforeAll(async () => {
    const context = await solmu.browser.newContext({ locale: "fi-FI" });
    page = await context.newPage();
  });

  it("sends a visitor to the sign-in page, which is accessible and starts with a skip link", async () => {
    await page.goto(solmu.server.url);
    await page.waitForURL(/\/login/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Kirjaudu sisään");
    await expectAccessible(page, "sign-in");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Siirry sisältöön");
    await page.getByRole("link", { name: "Unohditko salasanan?" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Salasanan vaihto");
    await expectAccessible(page, "forgot password");
  });

  it("sends the shell's catalogues as one chunk of the visitor's language, named by index.html's preload links", async () => {
    // The built app's chunk names: the server finds the chunk by the name vite.config.ts gives it (decision 025).
    const links = (await fetch(`${solmu.server.url}/login`, { headers: { "accept-language": "sv-FI" } })).headers.get("link") ?? "";
    const shell = links.match(/<(\/assets\/i18n-sv-shell-[\w-]+\.js)>; rel=modulepreload; crossorigin/)?.[1];
    expect(shell, links).toBeDefined();
    expect((await fetch(`${solmu.server.url}${shell}`)).status).toBe(200);
    // The page then downloads no other chunk for the shell's namespaces: the shell is whole.
    const asked: string[] = [];
    const visitor = await solmu.browser.newContext({ locale: "fi-FI" });
    const fresh = await visitor.newPage();
    fresh.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await fresh.goto(`${solmu.server.url}/login`);
    await expect.poll(() => fresh.getByRole("heading", { level: 1 }).textContent()).toBe("Kirjaudu sisään");
    const catalogues = asked.filter((u) => u.startsWith("/assets/i18n-fi-"));
    expect(catalogues.length, catalogues.join(" ")).toBe(1);
    expect(catalogues[0]).toMatch(/^\/assets\/i18n-fi-shell-/);
    await visitor.close();
  });

  it("shows a clear, localised error for a wrong password", async () => {
    await submitSignIn(page, solmu.server.url, "admin@demo.solmu.fi", "väärä salasana");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Sähköposti tai salasana on väärin.");
  });

  it("signs in as the instance admin and switches to English and back", async () => {
    await submitSignIn(page, solmu.server.url, "admin@demo.solmu.fi");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Omat verkostot");
    await expectAccessible(page, "my networks");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("My networks");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.reload();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("My networks");
    await page.getByRole("button", { name: "Svenska" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Mina nätverk");
    await expectAccessible(page, "my networks (sv)");
    await page.getByRole("button", { name: "Suomi" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Omat verkostot");
  });

  it("lets the instance admin read the instance's own messages, such as password reset links", async () => {
    await page.getByRole("link", { name: "Palvelun viestit" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Palvelun viestit");
    await expectAccessible(page, "instance outbox");
    await page.getByRole("link", { name: "Omat verkostot" }).click();
  });

  it("creates a network, which opens on its home in the assembling phase", async () => {
    await page.getByRole("link", { name: "Uusi verkosto" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Uusi verkosto");
    await expectAccessible(page, "new network");
    await page.getByRole("button", { name: "Luo verkosto" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Tarkista merkityt kentät.");
    expect(await page.getByLabel("Nimi").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Nimi").fill("Joensuun seudun ikäihmisten verkosto");
    await page.getByLabel("Tarkoitus").fill("Ikäihmisten palvelut sujuviksi yhdessä järjestöjen kanssa.");
    await page.getByLabel("Verkoston tyyppi").selectOption("joint_strategic");
    await page.getByRole("button", { name: "Luo verkosto" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Joensuun seudun ikäihmisten verkosto");
    networkUrl = page.url();
    const current = page.locator('[aria-current="step"]');
    expect(await current.textContent()).toContain("Verkoston kokoaminen");
    // A new network's coordinator is guided through its first steps.
    const setup = page.getByRole("region", { name: "Verkoston käynnistys" });
    await expect.poll(() => setup.textContent()).toContain("1/6 vaiheesta tehty.");
    expect(await setup.getByRole("link", { name: "Kutsu organisaatiot ja ihmiset mukaan" }).count()).toBe(1);
    await expectAccessible(page, "network home");
  });

  it("invites a member; without SMTP the link waits in the outbox", async () => {
    await page.getByRole("link", { name: "Jäsenet", exact: true }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Jäsenet");
    await page.getByLabel("Sähköposti").fill("kerttu.kiiski@example.fi");
    await page.getByRole("button", { name: "Lähetä kutsu" }).click();
    await expect.poll(() => page.getByLabel("Kutsulinkki").inputValue()).toContain("/invite#token=");
    invitationLink = await page.getByLabel("Kutsulinkki").inputValue();
    await expectAccessible(page, "members");
    await page
      .getByRole("navigation", { name: /Joensuun/ })
      .getByRole("link", { name: "Lähtevät viestit" })
      .click();
    await expect.poll(() => page.getByRole("link", { name: invitationLink }).count()).toBe(1);
    await expectAccessible(page, "outbox");
    await page.getByRole("link", { name: "Asetukset" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Asetukset");
    await expectAccessible(page, "network settings");
  });

  it("lets the invited person set a password in a fresh browser, join and see the network", async () => {
    const context = await solmu.browser.newContext({ locale: "fi-FI" });
    const guest = await context.newPage();
    await guest.goto(invitationLink);
    await expect
      .poll(() => guest.getByRole("heading", { level: 1 }).textContent())
      .toBe("Kutsu verkostoon Joensuun seudun ikäihmisten verkosto");
    await expectAccessible(guest, "invitation");
    await guest.getByLabel("Nimesi").fill("Kerttu Kiiski");
    await guest.getByLabel("Valitse salasana").fill("kerttu on verkostossa");
    await guest.getByRole("button", { name: "Hyväksy kutsu ja liity" }).click();
    await expect.poll(() => guest.getByRole("heading", { level: 1 }).textContent()).toBe("Joensuun seudun ikäihmisten verkosto");
    // She lands on a welcome: what the network is for, where it is, and what her profile still lacks.
    const welcome = guest.getByRole("region", { name: "Tervetuloa verkostoon Joensuun seudun ikäihmisten verkosto" });
    await expect.poll(() => welcome.textContent()).toContain("Ikäihmisten palvelut sujuviksi");
    expect(await welcome.textContent()).toContain("Verkoston kokoaminen");
    expect(await welcome.getByRole("link", { name: "Täydennä profiiliasi" }).count()).toBe(1);
    await expectAccessible(guest, "welcome");
    await welcome.getByRole("button", { name: "Tiedot ovat kunnossa" }).click();
    await expect.poll(() => welcome.count()).toBe(0);

    await guest.getByRole("button", { name: "Kirjaudu ulos" }).click();
    await guest.waitForURL(/\/login/);
    await guest.getByLabel("Sähköposti").fill("kerttu.kiiski@example.fi");
    await guest.getByLabel("Salasana", { exact: true }).fill("kerttu on verkostossa");
    await guest.getByRole("button", { name: "Kirjaudu sisään" }).click();
    await expect.poll(() => guest.getByRole("heading", { level: 1 }).textContent()).toBe("Omat verkostot");
    await guest.getByRole("link", { name: "Joensuun seudun ikäihmisten verkosto", exact: true }).click();
    await expect.poll(() => guest.locator(".facts").textContent()).toContain("Jäsen");
    expect(await guest.getByRole("link", { name: "Asetukset" }).count()).toBe(0);
    await guest.goto(`${networkUrl}/members`);
    await expect.poll(() => guest.getByRole("table").textContent()).toContain("Kerttu Kiiski");
    expect(await guest.getByRole("button", { name: "Lähetä kutsu" }).count()).toBe(0);
    await expectAccessible(guest, "members as a member");
    await context.close();
  });

  it("works at phone width and at 200 % zoom without sideways scrolling", async () => {
    await page.goto(solmu.server.url);
    await page.getByRole("link", { name: "Pohjois-Savon lapsi- ja perhepalveluverkosto" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Pohjois-Savon lapsi- ja perhepalveluverkosto");
    const demoUrl = page.url();
    for (const width of [320, 640]) {
      await page.setViewportSize({ width, height: 800 });
      for (const url of [networkUrl, demoUrl, `${networkUrl}/members`, `${solmu.server.url}/account`]) {
        await page.goto(url);
        await page.getByRole("heading", { level: 1 }).waitFor();
        expect(await fitsWidth(page), `${url} at ${width}px`).toBe(true);
      }
    }
    await expectAccessible(page, "account at 640px");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("folds the network's pages into a menu on a phone, with the page's own heading on the first screen", async () => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto(solmu.server.url);
    await page.getByRole("link", { name: "Pohjois-Savon lapsi- ja perhepalveluverkosto" }).click();
    const heading = page.getByRole("heading", { level: 1, name: "Pohjois-Savon lapsi- ja perhepalveluverkosto" });
    await heading.waitFor();
    expect((await heading.boundingBox())?.y ?? 9999).toBeLessThan(700);
    const menu = page.getByRole("button", { name: "Verkoston sivut: Etusivu" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("link", { name: "Pelisäännöt" }).isVisible()).toBe(false);
    // By keyboard: Enter opens, Escape closes and leaves focus on the button.
    await menu.focus();
    await page.keyboard.press("Enter");
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await expectAccessible(page, "open network menu");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-controls"))).toBe("network-nav-groups");
    await menu.click();
    await page.getByRole("link", { name: "Pelisäännöt" }).click();
    await page.getByRole("heading", { level: 1, name: "Pelisäännöt" }).waitFor();
    expect(await page.getByRole("button", { name: "Verkoston sivut: Pelisäännöt" }).getAttribute("aria-expanded")).toBe("false");
    await page.setViewportSize({ width: 1280, height: 800 });
    // On a wide screen the pages stand in a side bar and no menu button is shown.
    expect(await page.getByRole("link", { name: "Pelisäännöt" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: /Verkoston sivut/ }).count()).toBe(0);
  });

  it("explains an expired reset link on the reset page", async () => {
    await page.goto(`${solmu.server.url}/reset-password#token=vanhentunut`);
    await page.getByLabel("Uusi salasana").fill("uusi pitkä salasana");
    await page.getByRole("button", { name: "Tallenna salasana" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Linkki on jo käytetty tai vanhentunut");
    await expectAccessible(page, "reset password");
  });

  it("shows a page-not-found page", async () => {
    await page.goto(`${solmu.server.url}/ei-ole`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Sivua ei löytynyt");
    await expectAccessible(page, "not found");
  });
});
