import { describe, expect, it } from "vitest";
import { translator } from "../i18n/index.ts";
import { composeMinutes, type MinutesSource, minutesFileName } from "./minutes.ts";

const meeting: MinutesSource = {
  title: "Kevään verkostotapaaminen",
  start: "2027-01-13T13:00",
  end: "2027-01-13T16:00",
  allDay: false,
  place: "Tampere-talo",
  attendanceRecorded: true,
  participants: [
    { name: "Aino Aalto", organisationName: "Tampereen kaupunki", attended: true },
    { name: "Bertil Berg", organisationName: null, attended: false },
    { name: "Cecilia Cajander", organisationName: "Sydän ry", attended: true },
  ],
  blocks: [
    { title: "Tervetuloa", startMinute: 0, notes: "" },
    { title: "Oppimiskahvila", startMinute: 75, notes: "Kolme teemaa:\n- nuoret\n- asuminen\n" },
  ],
  decisions: [{ title: "Kevään teema", body: "Nuorten työllisyys.", rule: "consensus" }],
  promises: [
    { promiser: "Aino Aalto", onBehalfOf: "Tampereen kaupunki", text: "Kutsuu työpajan koolle", dueOn: "2027-02-15" },
    { promiser: null, onBehalfOf: null, text: "Kokoaa kyselyn tulokset", dueOn: "2027-03-01" },
  ],
};

describe("composeMinutes", () => {
  it("writes the minutes in Finnish, dates and times as a Finn writes them", () => {
    expect(composeMinutes(meeting, "fi", translator("fi"))).toBe(`# Pöytäkirja: Kevään verkostotapaaminen

Aika: 13.1.2027 klo 13.00–16.00  
Paikka: Tampere-talo

## Läsnä

- Aino Aalto (Tampereen kaupunki)
- Cecilia Cajander (Sydän ry)

## Ohjelma ja muistiinpanot

### 13.00 Tervetuloa

_Ei muistiinpanoja._

### 14.15 Oppimiskahvila

Kolme teemaa:
- nuoret
- asuminen

## Päätökset

- **Kevään teema** (Konsensus): Nuorten työllisyys.

## Lupaukset

- Aino Aalto (Tampereen kaupunki): Kutsuu työpajan koolle (15.2.2027 mennessä)
- Entinen jäsen: Kokoaa kyselyn tulokset (1.3.2027 mennessä)
`);
  });

  it("lists those invited when attendance is not recorded, and says what is missing, in English", () => {
    const bare = { ...meeting, attendanceRecorded: false, place: null, blocks: [], decisions: [], promises: [] };
    expect(composeMinutes(bare, "en", translator("en"))).toBe(`# Minutes: Kevään verkostotapaaminen

Time: 13 Jan 2027, 13:00–16:00  
Place: –

## Invited (attendance not recorded)

- Aino Aalto (Tampereen kaupunki)
- Bertil Berg
- Cecilia Cajander (Sydän ry)

## Agenda and notes

No agenda was drawn up.

## Decisions

No decisions were recorded in the meeting.

## Promises

No promises were recorded in the meeting.
`);
  });

  it("writes Swedish headings, and an all-day meeting without clock times", () => {
    const text = composeMinutes({ ...meeting, allDay: true, start: "2027-01-13T00:00", end: "2027-01-14T00:00" }, "sv", translator("sv"));
    expect(text).toContain("# Protokoll: Kevään verkostotapaaminen\n\nTid: 13.1.2027  \nPlats: Tampere-talo");
    expect(text).toContain("## Närvarande");
    expect(text).toContain("### Tervetuloa\n");
    expect(text).toContain("- Aino Aalto (Tampereen kaupunki): Kutsuu työpajan koolle (senast 15.2.2027)");
  });
});

describe("minutesFileName", () => {
  it("names the file by day and title without characters file systems refuse", () => {
    expect(minutesFileName("Tapaaminen 1/2", "2027-01-13T13:00", "pöytäkirja")).toBe("2027-01-13 pöytäkirja Tapaaminen 1-2.md");
  });
});
