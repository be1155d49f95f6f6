import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

/** The VEVENT of one event in an iCalendar text, read with ical.js (independent of the library that wrote it). */
function veventOf(text: string, eventId: string) {
  const found = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents("vevent")
    .find((v) => v.getFirstPropertyValue("uid") === `${eventId}@solmu`);
  if (!found) throw new Error(`no VEVENT for ${eventId}`);
  return { description: String(found.getFirstPropertyValue("description")), url: String(found.getFirstPropertyValue("url")) };
}

describe.each(databases)("a meeting in calendar files and feeds on %s", (kind) => {
  const t = apiWorld(kind);

  it("carries the purpose, expected outcome, agenda and online link in DESCRIPTION, and the online link as URL", async () => {
    const made = await t.w.as.coordinator.post(`${t.base}/meetings`, {
      event: {
        title: "Kevään verkostotapaaminen",
        kind: "network_meeting",
        start: "2030-03-12T13:00",
        end: "2030-03-12T16:00",
        onlineUrl: "https://meet.example.fi/kevat",
      },
      purpose: "Yhteinen kuva perheiden palveluista",
      expectedOutcome: "Kolme kokeiltavaa muutosta",
    });
    expect(made.status).toBe(201);
    const url = `${t.base}/meetings/${made.body.id}`;
    const agenda = await t.w.as.coordinator.put(`${url}/agenda`, {
      version: made.body.version,
      blocks: [
        { title: "Tervetuloa", method: "introductions", startMinute: 0, durationMinutes: 20 },
        { title: "Oppimiskahvila", method: "learning_cafe", startMinute: 20, durationMinutes: 90 },
      ],
    });
    expect(agenda.status).toBe(200);

    const file = await t.w.app.request(`http://localhost${t.base}/events/${made.body.eventId}/ics`, {
      headers: { cookie: t.w.as.member.cookie ?? "" },
    });
    const single = veventOf(await file.text(), made.body.eventId);
    expect(single.url).toBe("https://meet.example.fi/kevat");
    expect(single.description.split("\n")).toEqual([
      "Tarkoitus: Yhteinen kuva perheiden palveluista",
      "Odotettu tulos: Kolme kokeiltavaa muutosta",
      "",
      "Ohjelma:",
      "13.00–13.20 Tervetuloa",
      "13.20–14.50 Oppimiskahvila",
      "",
      "Etäyhteys: https://meet.example.fi/kevat",
      `Tapaaminen Solmussa: ${t.deps.links.base}/networks/${t.w.network.id}/meetings/${made.body.id}`,
    ]);

    // The subscription feed carries the same, and the whole annual clock's export too.
    const feed = await t.w.as.member.post(`${t.base}/feeds`);
    const fromFeed = veventOf(
      await (await t.w.app.request(`http://localhost${new URL(feed.body.url).pathname}`)).text(),
      made.body.eventId,
    );
    expect(fromFeed).toEqual(single);
    const exported = await t.w.app.request(`http://localhost${t.base}/events/export`, { headers: { cookie: t.w.as.member.cookie ?? "" } });
    expect(veventOf(await exported.text(), made.body.eventId)).toEqual(single);
  });

  it("links a meeting without an online link to its page in Solmu", async () => {
    const made = await t.w.as.coordinator.post(`${t.base}/meetings`, {
      event: { title: "Ohjausryhmä", kind: "steering_group", start: "2030-04-09T09:00", end: "2030-04-09T10:00", place: "Kaupungintalo" },
      purpose: "Päätökset syksyn työpajasta",
    });
    const file = await t.w.app.request(`http://localhost${t.base}/events/${made.body.eventId}/ics`, {
      headers: { cookie: t.w.as.member.cookie ?? "" },
    });
    const vevent = veventOf(await file.text(), made.body.eventId);
    expect(vevent.url).toBe(`${t.deps.links.base}/networks/${t.w.network.id}/meetings/${made.body.id}`);
    expect(vevent.description).toBe(`Tarkoitus: Päätökset syksyn työpajasta\n\nTapaaminen Solmussa: ${vevent.url}`);
  });
});
