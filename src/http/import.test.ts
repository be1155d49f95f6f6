import pino from "pino";
import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { startSmtpSink } from "../../tests/support/smtpSink.ts";
import { createMailer } from "../services/mail.ts";
import { sendFreshnessReminders } from "../services/people.ts";

const BOM = "\uFEFF";

describe.each(databases)("CSV import on %s", (kind) => {
  const t = apiWorld(kind);
  const csv = (who: "coordinator" | "member", path: string, body: string) =>
    t.w.as[who].call("POST", `${t.base}/${path}`, undefined, { headers: { "content-type": "text/csv" }, raw: body });
  const count = async () => (await t.w.as.coordinator.get(`${t.base}/people?limit=200`)).body.items.length as number;

  it("imports organisations from an Excel-style semicolon file with a BOM", async () => {
    const file = `${BOM}Nimi;Tyyppi;Verkkosivu;Kuvaus\r\nKuopion kaupunki;kunta;www.kuopio.fi;"Kaupunki; palvelut"\r\nMLL Kuopio;järjestö;;\r\n`;
    const dry = await csv("coordinator", "organisations/import?dryRun=true", file);
    expect(dry.body).toMatchObject({ dryRun: true, written: false, delimiter: ";", totalRows: 2, created: 2, updated: 0, errors: [] });
    expect((await t.w.as.coordinator.get(`${t.base}/organisations`)).body.items).toHaveLength(0);
    const done = await csv("coordinator", "organisations/import", file);
    expect(done.body).toMatchObject({ written: true, created: 2 });
    const orgs = (await t.w.as.coordinator.get(`${t.base}/organisations`)).body.items;
    expect(orgs.map((o: { name: string; kind: string; website: string | null }) => [o.name, o.kind, o.website])).toEqual([
      ["Kuopion kaupunki", "municipality", "https://www.kuopio.fi"],
      ["MLL Kuopio", "ngo", null],
    ]);
    const again = await csv("coordinator", "organisations/import", "name,kind\nkuopion kaupunki,municipality\n");
    expect(again.body).toMatchObject({ created: 0, updated: 1 });
  });

  it("reports every bad row with its line, column and reason, and writes nothing", async () => {
    const file = [
      "nimi,sähköposti,organisaatio,osaaminen,puhelin",
      'Anna Aalto,anna@example.fi,Kuopion kaupunki,"lean, fasilitointi",040 123 4567',
      '"Bertta',
      'Bäck",bertta@example.fi,MLL Kuopio,,',
      "Cecilia,ei-osoite,,,soita",
      "Daniel,daniel@example.fi,Tuntematon Oy,,",
      "Eeva,anna@example.fi,,,",
    ].join("\n");
    const before = await count();
    // Told not to add organisations, an unknown one is a bad row (src/http/importFiles.test.ts adds them).
    const r = await csv("coordinator", "people/import?createOrganisations=false", file);
    expect(r.status).toBe(200);
    expect(r.body.written).toBe(false);
    expect(r.body.created).toBe(0);
    expect(r.body.mapping.map((m: { field: string }) => m.field)).toEqual(["name", "email", "organisation", "competences", "phone"]);
    expect(r.body.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [5, "sähköposti", "import.invalid_email"],
      [5, "puhelin", "import.invalid_phone"],
      [6, "organisaatio", "import.unknown_organisation"],
      [7, "sähköposti", "import.duplicate_email"],
    ]);
    expect(r.body.errors[2].message).toBe(
      "Organisaatiota ”Tuntematon Oy” ei ole verkostossa. Tarkista kirjoitusasu, tuo organisaatiot ensin tai salli uusien organisaatioiden lisääminen.",
    );
    expect(await count()).toBe(before);

    const onlyGood = await csv("coordinator", "people/import?onlyValid=true&createOrganisations=false", file);
    expect(onlyGood.body).toMatchObject({ written: true, created: 2 });
    expect(await count()).toBe(before + 2);
    const bertta = (await t.w.as.coordinator.get(`${t.base}/people?q=bertta`)).body.items[0];
    expect(bertta).toMatchObject({ name: "Bertta\nBäck", organisationName: "MLL Kuopio", stale: true });
    const anna = (await t.w.as.coordinator.get(`${t.base}/people?tag=lean`)).body.items[0];
    expect(anna).toMatchObject({ name: "Anna Aalto", competences: ["fasilitointi", "lean"], phone: "040 123 4567" });
  });

  it("updates people already in the network by e-mail, in the columns the file has", async () => {
    const r = await csv("coordinator", "people/import", "email;title\nanna@example.fi;Kehittäjä\nuusi@example.fi;Tutkija\n");
    expect(r.body.errors).toEqual([
      { row: 1, column: "name", code: "import.missing_column", message: "Tiedostosta puuttuu pakollinen sarake: Nimi." },
    ]);
    const ok = await csv(
      "coordinator",
      "people/import",
      "name;email;title\nAnna Aalto;ANNA@example.fi;Kehittäjä\nUusi Ihminen;uusi@example.fi;Tutkija\n",
    );
    expect(ok.body).toMatchObject({ created: 1, updated: 1, written: true });
    const anna = (await t.w.as.coordinator.get(`${t.base}/people?q=anna`)).body.items[0];
    expect(anna).toMatchObject({ title: "Kehittäjä", organisationName: "Kuopion kaupunki", competences: ["fasilitointi", "lean"] });
  });

  // Issue #16, point 6: an account belongs to its person, not to a network that lists them.
  it("never adds a person of another network, nor changes their account, from another network's import", async () => {
    const other = `/api/networks/${t.w.other.id}`;
    expect((await csv("coordinator", "people/import", "name,email\nVille Virta,ville@example.fi\n")).body).toMatchObject({ created: 1 });
    const file = "name,email\nRenamed By Other Network,member@example.fi\nToinen Nimi,ville@example.fi\n";
    const r = await t.w.as.outsider.call("POST", `${other}/people/import`, undefined, {
      headers: { "content-type": "text/csv" },
      raw: file,
    });
    expect(r.body).toMatchObject({ written: true, created: 0, updated: 0, invited: 2 });
    const names = (await t.w.as.coordinator.get(`${t.base}/people?limit=200`)).body.items.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Member", "Ville Virta"]));
    expect(names).not.toContain("Renamed By Other Network");
    expect(names).not.toContain("Toinen Nimi");
    const theirs = (await t.w.as.outsider.get(`${other}/people?limit=200`)).body.items.map((p: { name: string }) => p.name);
    expect(theirs.sort()).toEqual(["Admin", "Outsider"]);
    const pending = (await t.w.as.outsider.get(`${other}/invitations`)).body.items.map((i: { email: string }) => i.email);
    expect(pending.sort()).toEqual(["member@example.fi", "ville@example.fi"]);
    // The same file again invites nobody twice.
    const again = await t.w.as.outsider.call("POST", `${other}/people/import`, undefined, {
      headers: { "content-type": "text/csv" },
      raw: file,
    });
    expect(again.body).toMatchObject({ written: true, invited: 2 });
    expect((await t.w.as.outsider.get(`${other}/invitations`)).body.items).toHaveLength(2);
  });

  it("lets a network correct the name of an account only while nobody else holds it", async () => {
    const fixed = await csv(
      "coordinator",
      "people/import",
      "name,email\nVille Virtanen,ville@example.fi\nMember Renamed,member@example.fi\n",
    );
    expect(fixed.body).toMatchObject({ written: true, updated: 2 });
    const people = (await t.w.as.coordinator.get(`${t.base}/people?limit=200`)).body.items as {
      id: string;
      name: string;
      version: number;
    }[];
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(["Ville Virtanen", "Member"]));
    const member = people.find((p) => p.name === "Member");
    if (!member) throw new Error("member is missing");
    const renamed = await t.w.as.coordinator.patch(`${t.base}/people/${member.id}`, {
      version: member.version,
      name: "Koordinaattorin nimi",
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.fields.name).toBeDefined();
    expect((await t.w.as.coordinator.get(`${t.base}/people/${member.id}`)).body).toMatchObject({ name: "Member", canEditName: false });
    const ville = people.find((p) => p.name === "Ville Virtanen");
    if (!ville) throw new Error("Ville is missing");
    expect((await t.w.as.coordinator.get(`${t.base}/people/${ville.id}`)).body.canEditName).toBe(true);
    expect(
      (await t.w.as.coordinator.patch(`${t.base}/people/${ville.id}`, { version: ville.version, name: "Ville V. Virtanen" })).status,
    ).toBe(200);
  });

  it("is for coordinators only and rejects an empty file", async () => {
    expect((await csv("member", "people/import", "name,email\nX,x@example.fi\n")).status).toBe(403);
    const empty = await csv("coordinator", "people/import?dryRun=true", `${BOM}\n`);
    expect(empty.body.errors[0]).toMatchObject({ row: 1, code: "import.empty_file" });
  });

  it("e-mails stale people with an account once, only when SMTP is set up", async () => {
    expect(await sendFreshnessReminders(t.deps, "http://solmu.test")).toBe(0);
    const sink = await startSmtpSink();
    const saved = t.deps.mailer;
    t.deps.mailer = createMailer({ smtpUrl: sink.url, from: "solmu@example.fi", logger: pino({ level: "silent" }) });
    try {
      const sent = await sendFreshnessReminders(t.deps, "http://solmu.test");
      // Every world account's profile is unconfirmed: admin, coordinator, member, observer in the first network,
      // admin and outsider in the second. Imported people without an account get no mail.
      expect(sent).toBe(6);
      expect(sink.received.some((m) => m.to.some((t) => t.includes("anna@example.fi")))).toBe(false);
      // The body is quoted-printable: a long line is wrapped with soft breaks ("=" at a line's end) wherever its text puts it.
      const body = sink.received.find((m) => m.to.some((t) => t.includes("member@example.fi")))?.data.replace(/=\r?\n/g, "");
      expect(body).toContain(`http://solmu.test/networks/${t.w.network.id}/people/`);
      expect(await sendFreshnessReminders(t.deps, "http://solmu.test")).toBe(0);
    } finally {
      t.deps.mailer = saved;
      await sink.close();
    }
  });
});
