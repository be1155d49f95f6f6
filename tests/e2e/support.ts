import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { type RunningServer, startServer } from "../support/server.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The password of every demo account (src/services/demo). */
export const DEMO_PASSWORD = "solmu-demo-2026";
/** The demo's Finnish network, where most browser tests work. */
export const DEMO_NETWORK = "Pohjois-Savon lapsi- ja perhepalveluverkosto";

/** Fills in and sends the sign-in form (in any of the three languages); the caller waits for what follows, a refusal included. */
export async function submitSignIn(page: Page, url: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${url}/login`);
  await page.getByLabel(/^(Sähköposti|E-post|E-mail)$/).fill(email);
  await page.getByLabel(/^(Salasana|Lösenord|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(Kirjaudu sisään|Logga in|Sign in)$/ }).click();
}

/** Signs in on `page`, waits for the person's networks and opens `network` when one is named. */
export async function signIn(page: Page, url: string, email: string, options: { password?: string; network?: string } = {}) {
  await submitSignIn(page, url, email, options.password);
  await page.getByRole("heading", { level: 1, name: /^(Omat verkostot|Mina nätverk|My networks)$/ }).waitFor();
  if (options.network) {
    await page.getByRole("link", { name: options.network, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: options.network }).waitFor();
  }
  return page;
}

/** A page of its own browser context (Finnish unless `locale` says otherwise), signed in as `email`. */
export async function signedInPage(
  browser: Browser,
  url: string,
  email: string,
  options: { password?: string; network?: string; locale?: string } = {},
) {
  const page = await (await browser.newContext({ locale: options.locale ?? "fi-FI" })).newPage();
  return signIn(page, url, email, options);
}

/**
 * Solmu (with a fresh database and the demo) and a browser for the tests of the describe block that calls this:
 * started before its tests and stopped after them. Read `server` and `browser` once the tests run.
 */
export function useSolmu(): { server: RunningServer; browser: Browser } {
  const running = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    running.server = await startServer();
    running.browser = await launch();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.stop();
  });
  return running;
}

/** The demo's coordinator and a member, each signed in on a page of their own at the demo's Finnish network before the tests. */
export function useCoordinatorAndMember(solmu: { server: RunningServer; browser: Browser }) {
  const pages = { networkUrl: "" } as { coordinator: Page; member: Page; networkUrl: string };
  beforeAll(async () => {
    pages.coordinator = await signedInPage(solmu.browser, solmu.server.url, "koordinaattori@demo.solmu.fi", { network: DEMO_NETWORK });
    pages.member = await signedInPage(solmu.browser, solmu.server.url, "jasen@demo.solmu.fi", { network: DEMO_NETWORK });
    pages.networkUrl = pages.coordinator.url();
  });
  return pages;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** Fails on any serious or critical WCAG 2.1 A/AA violation that axe-core finds on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(bad, `axe on ${label}`).toEqual([]);
}

/** True when the page fits its viewport without sideways scrolling (WCAG 1.4.10 reflow). */
export const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

/** A signed-in API client for setting up browser tests quickly, as the web app itself would call the API. */
export async function apiSession(baseUrl: string, email: string, password: string) {
  let cookie = "";
  const call = async <T = unknown>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", origin: baseUrl, cookie },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) cookie = setCookie.split(";")[0] ?? "";
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  await call("POST", "/api/auth/login", { email, password });
  return call;
}
