import { describe, expect, it } from "vitest";
import { expectAccessible, fitsWidth, useCoordinatorAndMember, useSolmu } from "./support.ts";

describe("what organisations bring and how valuable partners are (#20 point 6)", () => {
  const pages = useCoordinatorAndMember(useSolmu());

  it("asks a member on a phone what their organisation brings and how valuable a known partner is", async () => {
    const page = pages.member;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${pages.networkUrl}/surveys`);
    await page
      .getByRole("link", { name: /^Vastaa/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: /Vastaa:/ }).waitFor();
    // Before answering, the member is told where the organisation's answer will show.
    await expect.poll(() => page.getByText(/^Se, mitä organisaatiosi tuo verkostoon/).count()).toBeGreaterThan(0);
    const brings = page.getByRole("region", { name: "Mitä organisaatiosi tuo verkostoon?" });
    await brings.getByLabel("Vapaaehtoisia").check();
    await brings.getByLabel("Yhteyksiä yhteisöihin").check();

    await page.getByLabel("Hae nimellä tai organisaatiolla").fill("Aino Laaksonen");
    await page
      .getByRole("button", { name: /^Lisää.*Aino Laaksonen/ })
      .first()
      .click();
    const card = page.locator("fieldset.survey-card", { hasText: "Aino Laaksonen" }).first();
    // Value is asked only of a partner one knows.
    expect(await card.getByRole("group", { name: "Kuinka arvokas hän on verkostolle kumppanina?" }).count()).toBe(0);
    await card.getByRole("group", { name: "Kuinka hyvin tunnet hänet?" }).getByLabel("Tunnen hänen työnsä").check();
    await card.getByRole("group", { name: "Kuinka usein teette yhteistyötä?" }).getByLabel("Kuukausittain").check();
    const value = card.getByRole("group", { name: "Kuinka arvokas hän on verkostolle kumppanina?" });
    await value
      .getByRole("group", { name: /^Vaikutusvalta/ })
      .getByLabel("Melko paljon")
      .check();
    await value
      .getByRole("group", { name: /^Mukanaolo/ })
      .getByLabel("Paljon", { exact: true })
      .check();
    await value
      .getByRole("group", { name: /^Resurssit/ })
      .getByLabel("En osaa sanoa")
      .check();
    await page.getByRole("button", { name: "Tallenna luonnos" }).click();
    await expect.poll(() => page.getByText(/Luonnos tallennettu/).count()).toBe(1);
    expect(await fitsWidth(page), "answer page at 375px").toBe(true);
    await expectAccessible(page, "survey answer with resource and value questions");

    // The draft comes back as saved.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: /Vastaa:/ }).waitFor();
    await expect
      .poll(() => page.getByRole("region", { name: "Mitä organisaatiosi tuo verkostoon?" }).getByLabel("Vapaaehtoisia").isChecked())
      .toBe(true);
    const saved = page.locator("fieldset.survey-card", { hasText: "Aino Laaksonen" }).first();
    expect(
      await saved
        .getByRole("group", { name: /^Vaikutusvalta/ })
        .getByLabel("Melko paljon")
        .isChecked(),
    ).toBe(true);
  });

  it("shows on the organisation's card what it brings, and in the gaps what nobody brings", async () => {
    const page = pages.coordinator;
    await page.goto(`${pages.networkUrl}/organisations`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expect.poll(() => page.getByRole("columnheader", { name: "Tuo verkostoon" }).count()).toBe(1);
    await expect.poll(() => page.getByText(/^Kukaan ei tuo:/).textContent()).toContain("Tietotekniikkaa");
    await page.getByRole("link", { name: "Kuopion kaupunki", exact: true }).click();
    const brings = page.getByRole("region", { name: "Mitä organisaatio tuo verkostoon" });
    await expect
      .poll(() => brings.getByRole("listitem").allTextContents())
      .toEqual(expect.arrayContaining(["Palkattua työaikaa", "Tiloja"]));
    expect(await brings.getByText(/^Kyselystä Verkoston terveyskysely, edellinen kierros, joka sulkeutui/).count()).toBe(1);
    await expectAccessible(page, "organisation card with what it brings");
  });
});
