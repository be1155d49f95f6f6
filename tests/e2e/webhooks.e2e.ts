import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../support/server.ts";
import { DEMO_NETWORK, expectAccessible, fitsWidth, launch, signedInPage } from "./support.ts";

const main = (p: Page) => p.getByRole("main");

describe("the network's news in other services", () => {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  let hookUrl = "";
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/solmu`;
    // The receiver is on loopback, which only an instance that allows private addresses may post to.
    server = await startServer({ WEBHOOK_ALLOW_PRIVATE: "true" });
    browser = await launch();
    page = await signedInPage(browser, server.url, "koordinaattori@demo.solmu.fi", { network: DEMO_NETWORK });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it("adds a signed JSON channel, sends a test message that the receiver can verify, and shows it in the log", async () => {
    await page.getByRole("link", { name: "Ilmoitukset muihin palveluihin" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Ilmoitukset muihin palveluihin");
    const form = main(page).getByRole("region", { name: "Lisää viestikanava" });
    await form.getByLabel("Nimi", { exact: true }).fill("Oma integraatio");
    await form.getByLabel("Palvelu").selectOption("json");
    await form.getByLabel("Osoite (URL)").fill(hookUrl);
    await form.getByRole("button", { name: "Luo satunnainen salaisuus" }).click();
    const secret = await form.getByLabel("Allekirjoituksen salaisuus").inputValue();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await expectAccessible(page, "the webhook form");
    await form.getByRole("button", { name: "Lisää viestikanava" }).click();
    await expect.poll(() => main(page).getByRole("status").first().textContent()).toBe("Viestikanava Oma integraatio lisättiin.");

    const card = main(page).getByRole("article", { name: "Oma integraatio" });
    // The secret and the path of the address are never shown back.
    await expect.poll(() => card.textContent()).toContain("http://127.0.0.1");
    expect(await page.content()).not.toContain(secret);
    await card.getByRole("button", { name: "Lähetä testiviesti" }).click();
    await expect.poll(() => card.getByRole("status").textContent()).toBe("Testiviesti meni perille (HTTP 204).");

    expect(received).toHaveLength(1);
    const [test] = received as [{ headers: http.IncomingHttpHeaders; body: string }];
    const timestamp = String(test.headers["x-solmu-timestamp"]);
    const expected = createHmac("sha256", secret).update(`${timestamp}.${test.body}`).digest("hex");
    expect(test.headers["x-solmu-signature"]).toBe(`sha256=${expected}`);
    expect(JSON.parse(test.body)).toMatchObject({ kind: "test", title: "Oma integraatio", network: { name: DEMO_NETWORK } });

    await card.getByText("Lähetysloki").click();
    const log = card.getByRole("table", { name: "Viestikanavan Oma integraatio viimeisimmät lähetykset" });
    await expect.poll(() => log.textContent()).toContain("Perillä");
    await expect.poll(() => log.textContent()).toContain("Testiviesti Solmusta: Oma integraatio");
    await expectAccessible(page, "the webhooks page with its log");

    await page.setViewportSize({ width: 375, height: 800 });
    expect(await fitsWidth(page)).toBe(true);
  });
});
