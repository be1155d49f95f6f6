// Outgoing webhooks (issue #21 point 4): a network's news posted where its members talk — Microsoft Teams, Slack,
// Matrix or any service that reads signed JSON. Browser-safe and pure: the kinds, the message formats, the retry
// policy and the address rules. Signing (HMAC) and sending happen in the services, which pass their results in.

/** Where a webhook posts: a Teams Workflows / incoming webhook, a Slack incoming webhook, a Matrix room or signed JSON. */
export const WEBHOOK_KINDS = ["teams", "slack", "matrix", "json"] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** The news a webhook can subscribe to; features announce them in the transaction that makes them true. */
export const WEBHOOK_EVENT_KINDS = [
  "poll.opened",
  "poll.closed",
  "meeting.created",
  "meeting.changed",
  "decision.recorded",
  "survey.opened",
  "survey.closing",
  "agreement.proposed",
  "agreement.approved",
  "promise.due",
] as const;
export type WebhookEventKind = (typeof WEBHOOK_EVENT_KINDS)[number];

/** One piece of a network's news as a feature announces it: a title and where in Solmu it is (no personal data beyond names). */
export interface NetworkEvent {
  networkId: string;
  kind: WebhookEventKind;
  title: string;
  /** The app path, `/networks/<id>/polls/<pollId>`; links are built from PUBLIC_URL, never from a request. */
  path: string;
  summary?: string;
  /** Given when the same news may be announced twice (a promise due on a date): the second announcement is dropped. */
  dedupeKey?: string;
}

/** The test button's message is an event of its own kind, never one a webhook subscribes to. */
export type MessageKind = WebhookEventKind | "test";

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A delivery is given up (failed) after this many attempts: with the backoff below that is about a day. */
export const MAX_ATTEMPTS = 8;
/** The first retry waits this long; each next one twice as long, up to MAX_RETRY_DELAY_MS. */
export const FIRST_RETRY_DELAY_MS = 60_000;
export const MAX_RETRY_DELAY_MS = 6 * 60 * 60_000;
/** A receiver's Retry-After is honoured up to this; a longer one is cut, so a receiver cannot park a delivery for days. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;
/** How long one attempt may take before it counts as a network error. */
export const SEND_TIMEOUT_MS = 10_000;
/** The longest error text kept in the delivery log: enough to tell what went wrong, never a whole response. */
export const MAX_ERROR_LENGTH = 200;

/** What an HTTP answer means for a delivery: done, worth another try later, or pointless to repeat. */
export function classifyStatus(status: number): "delivered" | "retry" | "failed" {
  if (status >= 200 && status < 300) return "delivered";
  if (status === 408 || status === 429 || status >= 500) return "retry";
  return "failed";
}

/** Milliseconds a Retry-After header asks to wait (seconds or an HTTP date), or null when it says nothing usable. */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/**
 * How long to wait before attempt `attempts + 1`, after `attempts` failed ones: exponential from
 * FIRST_RETRY_DELAY_MS, capped, spread by `jitter` (0–1, so instances retrying one receiver do not march in step);
 * a receiver's Retry-After wins when it asks for longer, up to MAX_RETRY_AFTER_MS.
 */
export function retryDelayMs(attempts: number, jitter: number, retryAfterMs: number | null = null): number {
  const exponential = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  const spread = Math.round(exponential * (0.8 + 0.4 * jitter));
  if (retryAfterMs === null) return spread;
  return Math.max(spread, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** A secret shown back as "set" and its last four characters, so a coordinator can tell which one is stored. */
export const secretHint = (secret: string | null | undefined): string | null => (secret ? secret.slice(-4) : null);

// --- Addresses: a coordinator chooses the URL, and the server sends to it, so the address rules keep them off the
// server's own network (SSRF). Decision 023 says what is refused and what is not.

/** Where an address points: the open internet, this host or a private network, or somewhere never allowed. */
export type AddressClass = "public" | "private" | "forbidden";

/** Host names of cloud metadata services and of this host, refused whatever the settings say (the first list). */
const FORBIDDEN_HOSTS = ["metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal"];
const PRIVATE_SUFFIXES = ["localhost", ".localhost", ".internal", ".local", ".lan", ".home.arpa"];

function ipv4Parts(address: string): number[] | null {
  const parts = address.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  const numbers = parts.map(Number);
  return numbers.every((n) => n <= 255) ? numbers : null;
}

function classifyIpv4([a = 0, b = 0, c = 0]: number[]): AddressClass {
  // Unspecified, link-local (cloud metadata at 169.254.169.254), multicast and reserved, broadcast; Alibaba's metadata.
  if (a === 0 || (a === 169 && b === 254) || a >= 224 || (a === 100 && b === 100 && c === 100)) return "forbidden";
  if (a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) {
    return "private";
  }
  if ((a === 192 && b === 0 && c === 0) || (a === 198 && (b === 18 || b === 19))) return "private";
  return "public";
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one (an embedded IPv4 tail is accepted). */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/^\[|\]$/g, "");
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  if (!text.includes(":")) return null;
  const tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (tail?.[1]) {
    const v4 = ipv4Parts(tail[1]);
    if (!v4) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    text = `${text.slice(0, -tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - rest.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => Number.parseInt(g, 16));
}

function classifyIpv6(g: number[]): AddressClass {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroHead = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  // An IPv4 address written as IPv6 (mapped ::ffff:a.b.c.d, or the old compatible ::a.b.c.d) is that IPv4 address.
  if (zeroHead && (g5 === 0xffff || (g5 === 0 && (g6 !== 0 || g7 > 1)))) return classifyIpv4([g6 >> 8, g6 & 255, g7 >> 8, g7 & 255]);
  if (zeroHead && g5 === 0 && g6 === 0 && g7 === 0) return "forbidden";
  if (zeroHead && g5 === 0 && g6 === 0 && g7 === 1) return "private";
  // Link-local fe80::/10 and multicast ff00::/8 are never a receiver; unique-local fc00::/7 (AWS metadata fd00:ec2::254 too) is private.
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xff00) === 0xff00) return "forbidden";
  if ((g0 & 0xfe00) === 0xfc00 || (g0 & 0xffc0) === 0xfec0) return "private";
  // NAT64 and 6to4 carry an IPv4 address inside: judge that one.
  if (g0 === 0x64 && g1 === 0xff9b) return classifyIpv4([g6 >> 8, g6 & 255, g7 >> 8, g7 & 255]);
  if (g0 === 0x2002) return classifyIpv4([g1 >> 8, g1 & 255, g2 >> 8, g2 & 255]);
  return "public";
}

/** Whether an IP address (v4 or v6, as DNS answers it) is on the internet, on a private network or never to be reached. */
export function classifyAddress(address: string): AddressClass | null {
  const v4 = ipv4Parts(address);
  if (v4) return classifyIpv4(v4);
  const v6 = ipv6Groups(address);
  return v6 ? classifyIpv6(v6) : null;
}

/** Whether a host name (not an address) is known to be local or a metadata service before it is even looked up. */
export function classifyHostName(host: string): AddressClass {
  const name = host.toLowerCase().replace(/\.$/, "");
  if (FORBIDDEN_HOSTS.includes(name)) return "forbidden";
  if (PRIVATE_SUFFIXES.some((s) => (s.startsWith(".") ? name.endsWith(s) : name === s)) || !name.includes(".")) return "private";
  return "public";
}

/** Why a webhook URL is refused, as a key under `webhooks.errors`; null when it may be saved. */
export type UrlProblem = "invalid" | "https_required" | "credentials" | "blocked_address" | "private_address";

/**
 * Checks a URL a coordinator gives before it is saved: https only, no user:password@, and no address the server
 * must never reach (link-local, metadata); loopback and private networks (and plain http) only when the instance
 * allows them (`WEBHOOK_ALLOW_PRIVATE`, for tests and an in-house Matrix). Names are checked again when they are
 * looked up, at every send (services/webhookSend.ts), because a name can point anywhere later.
 */
export function checkWebhookUrl(raw: string, allowPrivate: boolean): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "invalid";
  if (url.username || url.password) return "credentials";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const where = classifyAddress(host) ?? classifyHostName(host);
  if (where === "forbidden") return "blocked_address";
  if (where === "private" && !allowPrivate) return "private_address";
  if (url.protocol === "http:" && !allowPrivate) return "https_required";
  return null;
}

/** A URL as the page shows it after saving: scheme and host, the rest hidden (Teams and Slack URLs are secrets in themselves). */
export function maskUrl(raw: string): string {
  try {
    const url = new URL(raw);
    const rest = `${url.pathname}${url.search}`;
    return rest.length > 1 ? `${url.protocol}//${url.host}/…${rest.slice(-4)}` : `${url.protocol}//${url.host}/`;
  } catch {
    return "…";
  }
}

// --- Messages

/** One delivery's message, its words already in the webhook's language. */
export interface WebhookMessage {
  /** The event's id: the same for every webhook and retry, so a receiver can drop repeats. */
  eventId: string;
  kind: MessageKind;
  network: { id: string; name: string };
  /** What happened, e.g. "Uusi kysely". */
  heading: string;
  title: string;
  summary: string | null;
  /** Absolute link back to Solmu. */
  url: string;
  /** The link's words, e.g. "Avaa Solmussa". */
  linkLabel: string;
  occurredAt: string;
}

/** The secret parts of a webhook the request needs; the others are in the message. */
export type WebhookTarget =
  | { kind: "teams" | "slack"; url: string }
  | { kind: "matrix"; homeserver: string; roomId: string; accessToken: string }
  | { kind: "json"; url: string; secret: string };

/** An HTTP request ready to send: the body is the exact bytes a JSON receiver's signature covers. */
export interface WebhookRequest {
  method: "POST" | "PUT";
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A Microsoft Teams message: an Adaptive Card (1.4) as Workflows' "post to a channel when a webhook request is received" reads it. */
export function teamsPayload(m: WebhookMessage) {
  const body: Record<string, unknown>[] = [
    { type: "TextBlock", text: m.heading, size: "Small", isSubtle: true, wrap: true },
    { type: "TextBlock", text: m.title, size: "Medium", weight: "Bolder", wrap: true },
  ];
  if (m.summary) body.push({ type: "TextBlock", text: m.summary, wrap: true });
  body.push({ type: "TextBlock", text: m.network.name, size: "Small", isSubtle: true, wrap: true, spacing: "Small" });
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body,
          actions: [{ type: "Action.OpenUrl", title: m.linkLabel, url: m.url }],
        },
      },
    ],
  };
}

/** Slack's mrkdwn treats these three as markup; everything else is literal. */
const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A Slack incoming-webhook message: plain `text` for notifications and blocks with the link. */
export function slackPayload(m: WebhookMessage) {
  const lines = [`*${slackEscape(m.heading)}*`, `<${m.url}|${slackEscape(m.title)}>`];
  if (m.summary) lines.push(slackEscape(m.summary));
  return {
    text: slackEscape(`${m.heading}: ${m.title}`),
    unfurl_links: false,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: lines.join("\n") } },
      { type: "context", elements: [{ type: "mrkdwn", text: slackEscape(m.network.name) }] },
    ],
  };
}

const htmlEscape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** A Matrix m.text message with an HTML version whose link points back to Solmu. */
export function matrixContent(m: WebhookMessage) {
  const plain = [`${m.heading}: ${m.title}`, ...(m.summary ? [m.summary] : []), m.url].join("\n");
  const html = [
    `<strong>${htmlEscape(m.heading)}</strong>: <a href="${htmlEscape(m.url)}">${htmlEscape(m.title)}</a>`,
    ...(m.summary ? [htmlEscape(m.summary)] : []),
  ].join("<br>");
  return { msgtype: "m.text", body: plain, format: "org.matrix.custom.html", formatted_body: html };
}

/** The generic JSON body; `id` is the event's, the same on every retry and for every webhook. */
export const jsonPayload = (m: WebhookMessage) => ({
  id: m.eventId,
  kind: m.kind,
  network: { id: m.network.id, name: m.network.name },
  title: m.title,
  summary: m.summary,
  url: m.url,
  occurredAt: m.occurredAt,
});

/** What a JSON webhook's signature covers: the timestamp header's value, a dot and the raw body. */
export const signedContent = (timestamp: string, body: string) => `${timestamp}.${body}`;

/**
 * The request one delivery makes. `deliveryId` is the Matrix transaction id, so a retry of the same delivery is
 * stored once by the homeserver; `sign` is HMAC-SHA256 (hex) with the webhook's secret, given by the caller.
 */
export function webhookRequest(
  target: WebhookTarget,
  m: WebhookMessage,
  delivery: { id: string; timestamp: string; sign: (content: string) => string },
): WebhookRequest {
  const json = { "Content-Type": "application/json; charset=utf-8", "User-Agent": "Solmu-Webhooks/1" };
  switch (target.kind) {
    case "teams":
      return { method: "POST", url: target.url, headers: json, body: JSON.stringify(teamsPayload(m)) };
    case "slack":
      return { method: "POST", url: target.url, headers: json, body: JSON.stringify(slackPayload(m)) };
    case "matrix": {
      const base = target.homeserver.replace(/\/+$/, "");
      const url = `${base}/_matrix/client/v3/rooms/${encodeURIComponent(target.roomId)}/send/m.room.message/${encodeURIComponent(delivery.id)}`;
      return {
        method: "PUT",
        url,
        headers: { ...json, Authorization: `Bearer ${target.accessToken}` },
        body: JSON.stringify(matrixContent(m)),
      };
    }
    case "json": {
      const body = JSON.stringify(jsonPayload(m));
      return {
        method: "POST",
        url: target.url,
        headers: {
          ...json,
          "X-Solmu-Event": m.kind,
          "X-Solmu-Delivery": delivery.id,
          "X-Solmu-Timestamp": delivery.timestamp,
          "X-Solmu-Signature": `sha256=${delivery.sign(signedContent(delivery.timestamp, body))}`,
        },
        body,
      };
    }
  }
}

/** A Matrix room id (`!opaque:server`) or alias (`#name:server`). */
export const isMatrixRoom = (room: string) => /^[!#][^:\s]+:[^\s]+$/.test(room);
