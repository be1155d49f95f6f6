import { formatDateTime, formatDay } from "../domain/format.ts";
import { isLocale } from "../domain/locale.ts";
import { occurrences, type Recurrence } from "../domain/recurrence.ts";
import { translator } from "../i18n/index.ts";
import { hashSecret, newSecret } from "../storage/ids.ts";
import { withJobLock } from "../storage/jobLock.ts";
import { listEvents } from "../storage/repos/calendar.ts";
import { listAllNetworks } from "../storage/repos/networks.ts";
import {
  claimForDigest,
  countUnread,
  digestRecipients,
  insertNotifications,
  listNotificationsOf,
  markAllRead,
  type NewNotification,
} from "../storage/repos/notifications.ts";
import { listPromises } from "../storage/repos/promises.ts";
import { listNetworkUserIds, setDigestByTokenHash, setUnsubscribeTokenHash } from "../storage/repos/users.ts";
import type { Actor, Deps } from "./context.ts";
import { notFound } from "./errors.ts";
import { remindUnansweredInvitees } from "./meetingReminders.ts";
import { announceSurveyRounds, dueSurveyReminders } from "./surveys.ts";
import { announce } from "./webhooks.ts";

export const DIGESTS = ["off", "daily", "weekly"] as const;
export type Digest = (typeof DIGESTS)[number];

/** Kinds of events that everyone in the network is reminded of; member organisations' own rhythms are not. */
const REMINDED_EVENT_KINDS = new Set(["network_meeting", "workshop", "steering_group", "deadline"]);
const PROMISE_WARNING_DAYS = 3;
const EVENT_WARNING_DAYS = 2;

/** The person's latest in-app notifications and how many are unread. */
export async function myNotifications(deps: Deps, actor: Actor) {
  const { db } = deps.storage;
  const [items, unread] = await Promise.all([listNotificationsOf(db, actor.userId, 50), countUnread(db, actor.userId)]);
  return {
    unread,
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      params: JSON.parse(n.params) as Record<string, string | number>,
      link: n.link,
      networkId: n.network_id,
      createdAt: n.created_at,
      read: n.read_at !== null,
    })),
  };
}

export const markNotificationsRead = (deps: Deps, actor: Actor) => markAllRead(deps.storage.db, actor.userId);

/**
 * In-app reminders, always: promises due within three days and overdue ones
 * to the person who promised, coming network events to everyone in the
 * network, health-survey rounds closing within three days to those asked
 * who have not answered, and meetings whose answer deadline is tomorrow to
 * those invited who have not answered (by e-mail too). Each reminder has a key, so running twice (or on two instances)
 * reminds once.
 */
export async function runReminders(deps: Deps, now = new Date()) {
  return withJobLock(deps.storage, "reminders", async () => {
    const { db } = deps.storage;
    const today = now.toISOString().slice(0, 10);
    const soon = new Date(now.getTime() + PROMISE_WARNING_DAYS * 86_400_000).toISOString().slice(0, 10);
    const items: NewNotification[] = [];
    let reminded = 0;
    for (const network of await listAllNetworks(db)) {
      items.push(...(await dueSurveyReminders(deps, network.id, network.name, now)));
      await announceSurveyRounds(deps, network.id, now);
      reminded += await remindUnansweredInvitees(deps, network, now);
      for (const p of await listPromises(db, network.id, {})) {
        if ((p.state !== "open" && p.state !== "renegotiated") || !p.promiser_user_id || p.due_on > soon) continue;
        const overdue = p.due_on < today;
        items.push({
          userId: p.promiser_user_id,
          networkId: network.id,
          kind: overdue ? "promise_overdue" : "promise_due",
          params: { text: p.text, dueOn: p.due_on, network: network.name },
          link: `/networks/${network.id}/promises#promise-${p.id}`,
          dedupeKey: `${overdue ? "promise_overdue" : "promise_due"}:${p.id}:${p.due_on}`,
        });
        // The network's channels hear of a promise coming due once per due date, never of old overdue ones.
        if (!overdue) {
          await announce(db, {
            networkId: network.id,
            kind: "promise.due",
            title: p.text,
            path: `/networks/${network.id}/promises#promise-${p.id}`,
            dedupeKey: `promise_due:${p.id}:${p.due_on}`,
          });
        }
      }
      const until = new Date(now.getTime() + EVENT_WARNING_DAYS * 86_400_000).toISOString();
      const coming = (await listEvents(db, [network.id], until)).filter(
        (e) => e.status !== "cancelled" && REMINDED_EVENT_KINDS.has(e.kind),
      );
      if (coming.length === 0) continue;
      const userIds = await listNetworkUserIds(db, network.id);
      for (const e of coming) {
        const time = { start: e.starts_local, end: e.ends_local, allDay: e.all_day === 1, timeZone: e.time_zone };
        for (const o of occurrences(time, e.recurrence ? (JSON.parse(e.recurrence) as Recurrence) : null, now.toISOString(), until, 10)) {
          for (const userId of userIds) {
            items.push({
              userId,
              networkId: network.id,
              kind: "event_soon",
              params: { title: e.title, start: o.startUtc, network: network.name },
              link: `/networks/${network.id}/calendar?event=${e.id}`,
              dedupeKey: `event_soon:${e.id}:${o.index}:${userId}`,
            });
          }
        }
      }
    }
    await insertNotifications(db, items);
    return items.length + reminded;
  });
}

/** A notification's times and days as the reader writes them, not as ISO strings. */
const readableParams = (locale: string, params: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      k === "start" || k === "closesAt" ? formatDateTime(locale, v) : k === "dueOn" || k === "closesOn" ? formatDay(locale, v) : v,
    ]),
  );

/**
 * E-mails each person who asked for a digest one message with what they have
 * not yet been mailed, instead of a mail per reminder. Needs SMTP. Every mail
 * carries a fresh unsubscribe link that works without signing in.
 */
export async function sendDigests(deps: Deps, frequency: "daily" | "weekly", baseUrl: string, now = new Date()) {
  if (!deps.mailer.smtp) return 0;
  return (
    (await withJobLock(deps.storage, `digest-${frequency}`, async () => {
      const { db } = deps.storage;
      let sent = 0;
      for (const user of await digestRecipients(db, frequency)) {
        const stamp = now.toISOString();
        const items = await claimForDigest(db, user.id, stamp);
        if (items.length === 0) continue;
        const t = translator(isLocale(user.locale) ? user.locale : "fi");
        const secret = newSecret();
        await setUnsubscribeTokenHash(db, user.id, hashSecret(secret));
        const lines = items.map(
          (n) =>
            `- ${t(`notifications.kind.${n.kind}`, readableParams(user.locale, JSON.parse(n.params) as Record<string, string>))}${n.link ? `\n  ${baseUrl}${n.link}` : ""}`,
        );
        await deps.mailer.send(db, {
          networkId: null,
          kind: "digest",
          to: user.email,
          subject: t("mail.digest.subject", { count: items.length }),
          body: t("mail.digest.body", { name: user.name, items: lines.join("\n"), unsubscribe: `${baseUrl}/unsubscribe#token=${secret}` }),
          link: null,
        });
        sent++;
      }
      return sent;
    })) ?? 0
  );
}

/** Turns a person's digest off from the link in a digest mail; no sign-in needed, the token is the key. */
export async function unsubscribe(deps: Deps, token: string) {
  if (!(await setDigestByTokenHash(deps.storage.db, hashSecret(token), "off"))) throw notFound();
}
