import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { type client, ORIGIN } from "../../tests/support/client.ts";
import { databases } from "../../tests/support/databases.ts";
import { docx, html, pdf, png } from "../../tests/support/files.ts";

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MAX = 64 * 1024;

type Who = ReturnType<typeof client>;

describe.each(databases)("attachments on meetings and agreement versions on %s", (kind) => {
  // A small limit, so that a file over it is quick to make.
  const t = apiWorld(kind, { ATTACHMENT_MAX_BYTES: String(MAX) });
  let meeting: string;
  let facilitated: string;

  /** Uploads bytes as a browser would: the file's own bytes as the body, its type as Content-Type, its name in the query. */
  async function upload(who: Who, path: string, name: string, type: string, bytes: Uint8Array) {
    const res = await t.w.app.request(`${ORIGIN}${path}/attachments?name=${encodeURIComponent(name)}`, {
      method: "POST",
      headers: { cookie: who.cookie ?? "", origin: ORIGIN, "content-type": type, "accept-language": "fi" },
      body: bytes,
    });
    // biome-ignore lint/suspicious/noExplicitAny: answers are arbitrary JSON; each test asserts on the fields it depends on
    const body: any = await res.json();
    return { status: res.status, body };
  }

  /** Downloads a file with the person's session, keeping its bytes. */
  async function download(who: Who, url: string) {
    const res = await t.w.app.request(`${ORIGIN}${url}`, { headers: { cookie: who.cookie ?? "" } });
    return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  beforeAll(async () => {
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    const member = people.find((p) => p.name === "Member")?.id;
    const plan = (title: string, facilitatorIds: string[]) =>
      t.w.as.coordinator.post(`${t.base}/meetings`, {
        event: { title, kind: "network_meeting", start: "2030-03-12T13:00", end: "2030-03-12T16:00" },
        participantIds: people.map((p) => p.id),
        facilitatorIds,
      });
    meeting = (await plan("Kevään verkostotapaaminen", [])).body.id;
    facilitated = (await plan("Työpaja: asiakkaan polku", member ? [member] : [])).body.id;
  });

  it("stores a PDF from a coordinator and gives it back as a download, never inline", async () => {
    const base = `${t.base}/meetings/${meeting}`;
    const bytes = pdf("Esityslista");
    const stored = await upload(t.w.as.coordinator, base, "Esityslista – kevät.pdf", PDF, bytes);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({
      fileName: "Esityslista – kevät.pdf",
      contentType: PDF,
      size: bytes.byteLength,
      createdByName: "Coordinator",
    });

    const list = await t.w.as.observer.get(`${base}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ canManage: false, maxBytes: MAX });
    expect(list.body.items.map((a: { fileName: string }) => a.fileName)).toEqual(["Esityslista – kevät.pdf"]);
    expect((await t.w.as.coordinator.get(`${base}/attachments`)).body.canManage).toBe(true);

    for (const who of [t.w.as.member, t.w.as.observer]) {
      const got = await download(who, stored.body.url);
      expect(got.status).toBe(200);
      expect(got.headers.get("content-type")).toBe(PDF);
      expect(got.headers.get("content-disposition")).toBe(
        "attachment; filename=\"Esityslista - kevat.pdf\"; filename*=UTF-8''Esityslista%20%E2%80%93%20kev%C3%A4t.pdf",
      );
      expect(got.headers.get("x-content-type-options")).toBe("nosniff");
      expect(Buffer.from(got.bytes).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("answers 404 to anyone outside the network, and 403 to an observer or a member who does not plan the meeting", async () => {
    const base = `${t.base}/meetings/${meeting}`;
    const [first] = (await t.w.as.coordinator.get(`${base}/attachments`)).body.items as { id: string; url: string }[];
    if (!first) throw new Error("no attachment");
    expect((await t.w.as.outsider.get(`${base}/attachments`)).status).toBe(404);
    expect((await download(t.w.as.outsider, first.url)).status).toBe(404);
    expect((await upload(t.w.as.outsider, base, "x.pdf", PDF, pdf("x"))).status).toBe(404);
    expect((await t.w.as.outsider.delete(first.url)).status).toBe(404);
    expect((await upload(t.w.as.observer, base, "x.pdf", PDF, pdf("x"))).status).toBe(403);
    expect((await upload(t.w.as.member, base, "x.pdf", PDF, pdf("x"))).status).toBe(403);
    expect((await t.w.as.member.delete(first.url)).status).toBe(403);
    expect((await t.w.as.observer.delete(first.url)).status).toBe(403);
    // An attachment of this network is not found under another one's address.
    expect((await download(t.w.as.coordinator, first.url.replace(t.w.network.id, t.w.other.id))).status).toBe(404);
  });

  it("lets a meeting's facilitator add and remove its files", async () => {
    const base = `${t.base}/meetings/${facilitated}`;
    const stored = await upload(t.w.as.member, base, "Dia-esitys.docx", DOCX, docx("Asiakkaan polku"));
    expect(stored.status).toBe(201);
    expect((await t.w.as.member.get(`${base}/attachments`)).body.canManage).toBe(true);
    expect((await t.w.as.member.delete(stored.body.url)).status).toBe(204);
    expect((await download(t.w.as.member, stored.body.url)).status).toBe(404);
    expect((await t.w.as.member.get(`${base}/attachments`)).body.items).toEqual([]);
  });

  it("refuses other types, content that is not what it claims, and files over the limit, naming the field", async () => {
    const base = `${t.base}/meetings/${meeting}`;
    const asHtml = await upload(t.w.as.coordinator, base, "sivu.html", "text/html", html());
    expect(asHtml.status).toBe(400);
    expect(asHtml.body.error.fields.file).toContain("PDF");
    const disguised = await upload(t.w.as.coordinator, base, "muistio.pdf", PDF, html());
    expect(disguised.status).toBe(400);
    expect(Object.keys(disguised.body.error.fields)).toEqual(["file"]);
    expect((await upload(t.w.as.coordinator, base, "kuva.pdf", PDF, png())).body.error.fields.file).toBe(disguised.body.error.fields.file);
    const svg = await upload(t.w.as.coordinator, base, "logo.svg", "image/svg+xml", new Uint8Array(Buffer.from("<svg/>")));
    expect(svg.status).toBe(400);

    const big = new Uint8Array(MAX + 1);
    big.set(pdf("iso"));
    const tooBig = await upload(t.w.as.coordinator, base, "iso.pdf", PDF, big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.message).toContain("Tiedosto on liian suuri");
  });

  it("keeps files on agreement versions: coordinators add them, observers see those of approved versions only", async () => {
    const [section] = (await t.w.as.coordinator.get(`${t.base}/agreement`)).body.sections as { id: string; version: number }[];
    if (!section) throw new Error("no sections");
    await t.w.as.coordinator.put(`${t.base}/agreement/sections/${section.id}`, {
      version: section.version,
      body: "Tapaamme kerran kuussa.",
    });
    const proposed = await t.w.as.coordinator.post(`${t.base}/agreement/versions`);
    expect(proposed.status).toBe(201);
    const base = `${t.base}/agreement/versions/${proposed.body.latest.id}`;
    expect((await upload(t.w.as.member, base, "liite.pdf", PDF, pdf("x"))).status).toBe(403);
    const stored = await upload(t.w.as.coordinator, base, "Pelisäännöt – perustelut.pdf", PDF, pdf("Perustelut"));
    expect(stored.status).toBe(201);
    expect((await t.w.as.member.get(`${base}/attachments`)).body.items).toHaveLength(1);
    expect((await download(t.w.as.member, stored.body.url)).status).toBe(200);
    expect((await t.w.as.observer.get(`${base}/attachments`)).status).toBe(404);
    expect((await download(t.w.as.observer, stored.body.url)).status).toBe(404);
    expect((await t.w.as.outsider.get(`${base}/attachments`)).status).toBe(404);
    expect((await t.w.as.coordinator.get(`${t.base}/agreement/versions/no-such-version/attachments`)).status).toBe(404);
  });
});
