import { describe, expect, it } from "vitest";
import {
  checkWebhookUrl,
  classifyAddress,
  classifyStatus,
  jsonPayload,
  MAX_RETRY_AFTER_MS,
  MAX_RETRY_DELAY_MS,
  maskUrl,
  matrixContent,
  parseRetryAfter,
  retryDelayMs,
  secretHint,
  signedContent,
  slackPayload,
  teamsPayload,
  type WebhookMessage,
  webhookRequest,
} from "./webhooks.ts";

const message: WebhookMessage = {
  eventId: "e1",
  kind: "poll.opened",
  network: { id: "n1", name: "Kuopion perheverkosto" },
  heading: "Uusi äänestys",
  title: "Budjetti <2027> & muut",
  summary: "Sulkeutuu perjantaina",
  url: "https://solmu.example.fi/networks/n1/polls/p1",
  linkLabel: "Avaa Solmussa",
  occurredAt: "2027-01-13T10:00:00.000Z",
};

describe("message formats", () => {
  it("Teams gets a Workflows message with an Adaptive Card 1.4 and a link action", () => {
    const p = teamsPayload(message);
    expect(p.type).toBe("message");
    const [attachment] = p.attachments;
    expect(attachment?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(attachment?.content.type).toBe("AdaptiveCard");
    expect(attachment?.content.version).toBe("1.4");
    expect(attachment?.content.body.map((b) => b.text)).toEqual([
      "Uusi äänestys",
      "Budjetti <2027> & muut",
      "Sulkeutuu perjantaina",
      "Kuopion perheverkosto",
    ]);
    expect(attachment?.content.actions).toEqual([{ type: "Action.OpenUrl", title: "Avaa Solmussa", url: message.url }]);
  });

  it("Teams leaves out the summary block when there is none", () => {
    const p = teamsPayload({ ...message, summary: null });
    expect(p.attachments[0]?.content.body).toHaveLength(3);
  });

  it("Slack gets text and blocks, with its three markup characters escaped and the title as the link", () => {
    const p = slackPayload(message);
    expect(p.text).toBe("Uusi äänestys: Budjetti &lt;2027&gt; &amp; muut");
    expect(p.blocks[0]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: `*Uusi äänestys*\n<${message.url}|Budjetti &lt;2027&gt; &amp; muut>\nSulkeutuu perjantaina` },
    });
  });

  it("Matrix gets m.text with plain and HTML bodies, the HTML escaped", () => {
    const c = matrixContent(message);
    expect(c.msgtype).toBe("m.text");
    expect(c.body).toBe(`Uusi äänestys: Budjetti <2027> & muut\nSulkeutuu perjantaina\n${message.url}`);
    expect(c.format).toBe("org.matrix.custom.html");
    expect(c.formatted_body).toBe(
      `<strong>Uusi äänestys</strong>: <a href="${message.url}">Budjetti &lt;2027&gt; &amp; muut</a><br>Sulkeutuu perjantaina`,
    );
  });

  it("generic JSON carries the event's id, kind, network, title, summary, link and time, and nothing else", () => {
    expect(jsonPayload(message)).toEqual({
      id: "e1",
      kind: "poll.opened",
      network: { id: "n1", name: "Kuopion perheverkosto" },
      title: "Budjetti <2027> & muut",
      summary: "Sulkeutuu perjantaina",
      url: message.url,
      occurredAt: "2027-01-13T10:00:00.000Z",
    });
  });
});

describe("webhookRequest", () => {
  const delivery = { id: "d 1", timestamp: "1799999999", sign: (content: string) => `sig(${content.length})` };

  it("signs a JSON body over timestamp, dot and the exact body, and names the event and delivery", () => {
    const r = webhookRequest({ kind: "json", url: "https://hooks.example.org/in", secret: "s" }, message, delivery);
    expect(r.method).toBe("POST");
    expect(r.headers["X-Solmu-Event"]).toBe("poll.opened");
    expect(r.headers["X-Solmu-Delivery"]).toBe("d 1");
    expect(r.headers["X-Solmu-Timestamp"]).toBe("1799999999");
    expect(r.headers["X-Solmu-Signature"]).toBe(`sha256=sig(${signedContent("1799999999", r.body).length})`);
    expect(JSON.parse(r.body)).toEqual(jsonPayload(message));
  });

  it("puts a Matrix message in the room with the delivery id as the transaction id and the token as a bearer", () => {
    const r = webhookRequest(
      { kind: "matrix", homeserver: "https://matrix.example.org/", roomId: "!abc:example.org", accessToken: "tok" },
      message,
      delivery,
    );
    expect(r.method).toBe("PUT");
    expect(r.url).toBe("https://matrix.example.org/_matrix/client/v3/rooms/!abc%3Aexample.org/send/m.room.message/d%201");
    expect(r.headers.Authorization).toBe("Bearer tok");
    expect(r.headers["X-Solmu-Signature"]).toBeUndefined();
  });

  it("posts Teams and Slack messages to their URL without Solmu's headers", () => {
    const r = webhookRequest({ kind: "slack", url: "https://hooks.slack.com/services/T/B/X" }, message, delivery);
    expect(r).toMatchObject({ method: "POST", url: "https://hooks.slack.com/services/T/B/X" });
    expect(Object.keys(r.headers)).toEqual(["Content-Type", "User-Agent"]);
  });
});

describe("retries", () => {
  it("delivered on 2xx, retried on 408, 429 and 5xx, failed on other answers", () => {
    expect([200, 204, 408, 429, 500, 503, 400, 401, 404, 410, 301].map(classifyStatus)).toEqual([
      "delivered",
      "delivered",
      "retry",
      "retry",
      "retry",
      "retry",
      "failed",
      "failed",
      "failed",
      "failed",
      "failed",
    ]);
  });

  it("doubles the wait after each failed attempt, within its spread, up to the cap", () => {
    expect(retryDelayMs(1, 0.5)).toBe(60_000);
    expect(retryDelayMs(2, 0.5)).toBe(120_000);
    expect(retryDelayMs(3, 0)).toBe(192_000);
    expect(retryDelayMs(3, 1)).toBe(288_000);
    expect(retryDelayMs(30, 0.5)).toBe(MAX_RETRY_DELAY_MS);
  });

  it("waits as long as Retry-After asks when that is longer, but never beyond its limit", () => {
    expect(retryDelayMs(1, 0.5, 300_000)).toBe(300_000);
    expect(retryDelayMs(1, 0.5, 1_000)).toBe(60_000);
    expect(retryDelayMs(1, 0.5, 10 * MAX_RETRY_AFTER_MS)).toBe(MAX_RETRY_AFTER_MS);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = new Date("2027-01-13T10:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Wed, 13 Jan 2027 10:05:00 GMT", now)).toBe(300_000);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe("addresses", () => {
  it("sorts IPv4 addresses into public, private and never", () => {
    const cases: Record<string, string> = {
      "8.8.8.8": "public",
      "127.0.0.1": "private",
      "10.1.2.3": "private",
      "172.16.0.1": "private",
      "172.32.0.1": "public",
      "192.168.1.1": "private",
      "100.64.0.1": "private",
      "169.254.169.254": "forbidden",
      "0.0.0.0": "forbidden",
      "224.0.0.1": "forbidden",
      "100.100.100.200": "forbidden",
    };
    for (const [address, expected] of Object.entries(cases)) expect([address, classifyAddress(address)]).toEqual([address, expected]);
  });

  it("judges IPv6 addresses, and an IPv4 address hidden in one as that address", () => {
    const cases: Record<string, string> = {
      "2001:4860:4860::8888": "public",
      "::1": "private",
      "::": "forbidden",
      "fe80::1": "forbidden",
      "fd00:ec2::254": "private",
      "::ffff:169.254.169.254": "forbidden",
      "::ffff:a9fe:a9fe": "forbidden",
      "::ffff:127.0.0.1": "private",
      "64:ff9b::a9fe:a9fe": "forbidden",
      "2002:a9fe:a9fe::": "forbidden",
      "ff02::1": "forbidden",
    };
    for (const [address, expected] of Object.entries(cases)) expect([address, classifyAddress(address)]).toEqual([address, expected]);
    expect(classifyAddress("not-an-ip")).toBeNull();
    expect(classifyAddress("1:2:3")).toBeNull();
  });

  it("accepts https on the internet and refuses the rest unless the instance allows private addresses", () => {
    expect(checkWebhookUrl("https://prod-12.westeurope.logic.azure.com/workflows/abc", false)).toBeNull();
    expect(checkWebhookUrl("not a url", false)).toBe("invalid");
    expect(checkWebhookUrl("ftp://example.org/", false)).toBe("invalid");
    expect(checkWebhookUrl("http://hooks.example.org/", false)).toBe("https_required");
    expect(checkWebhookUrl("https://user:pw@hooks.example.org/", false)).toBe("credentials");
    expect(checkWebhookUrl("http://127.0.0.1:8080/hook", false)).toBe("private_address");
    expect(checkWebhookUrl("http://127.0.0.1:8080/hook", true)).toBeNull();
    expect(checkWebhookUrl("https://localhost/hook", false)).toBe("private_address");
    expect(checkWebhookUrl("https://intranet/hook", false)).toBe("private_address");
    expect(checkWebhookUrl("https://[::1]/hook", false)).toBe("private_address");
  });

  it("never accepts the metadata service, link-local or unspecified addresses, whatever the setting", () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://[::ffff:169.254.169.254]/",
      "http://[fe80::1]/",
      "http://0.0.0.0:3000/",
      "http://2852039166/",
    ]) {
      expect([url, checkWebhookUrl(url, true)]).toEqual([url, "blocked_address"]);
    }
  });

  it("reads an address written in hex or as one number as the address it is", () => {
    expect(checkWebhookUrl("http://0x7f.1/", false)).toBe("private_address");
    expect(checkWebhookUrl("https://0xa9.0xfe.0xa9.0xfe/", false)).toBe("blocked_address");
  });

  it("shows a saved URL with its host and only its last characters", () => {
    expect(maskUrl("https://hooks.slack.com/services/T00/B00/XXXXsecretABCD")).toBe("https://hooks.slack.com/…ABCD");
    expect(maskUrl("https://example.org")).toBe("https://example.org/");
    expect(secretHint("averylongsecret1234")).toBe("1234");
    expect(secretHint(null)).toBeNull();
  });
});
