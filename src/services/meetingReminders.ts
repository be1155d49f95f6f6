import { formatDateTime, formatDay } from "../domain/format.ts";
import { isLocale } from "../domain/locale.ts";
import { rsvpReminderDue } from "../domain/meetings.ts";
import { translator } from "../i18n/index.ts";
import { listMeetings, unansweredInvitees } from "../storage/repos/meetings.ts";
import { existingDedupeKeys, insertNotifications, markMailed, type NewNotification } from "../storage/repos/notifications.ts";
import type { Deps } from "./context.ts";

/**
 * A day before a meeting's answer deadline, reminds everyone invited who has
 * not answered: once per deadline, in the app always and by e-mail when SMTP
 * is set up (the mail goes at once, as a digest could come after the deadline,
 * and the notification is marked mailed so no digest repeats it). Run from
 * the hourly reminders job under its lock; returns how many were reminded.
 */
export async function remindUnansweredInvitees(deps: Deps, network: { id: string; name: string }, now = new Date()) {
  const { db } = deps.storage;
  const today = now.toISOString().slice(0, 10);
  let reminded = 0;
  for (const m of await listMeetings(db, network.id)) {
    if (m.status === "cancelled" || !m.rsvp_deadline || !rsvpReminderDue(m.rsvp_deadline, m.starts_local.slice(0, 10), today)) continue;
    const deadline = m.rsvp_deadline;
    const link = `/networks/${network.id}/meetings/${m.id}`;
    const people = (await unansweredInvitees(db, m.id)).map((p) => ({ ...p, key: `rsvp_reminder:${m.id}:${deadline}:${p.user_id}` }));
    const done = await existingDedupeKeys(
      db,
      people.map((p) => p.key),
    );
    const due = people.filter((p) => !done.has(p.key));
    await insertNotifications(
      db,
      due.map(
        (p): NewNotification => ({
          userId: p.user_id,
          networkId: network.id,
          kind: "rsvp_reminder",
          params: { title: m.title, dueOn: deadline, network: network.name },
          link,
          dedupeKey: p.key,
        }),
      ),
    );
    reminded += due.length;
    if (!deps.mailer.smtp) continue;
    for (const p of due) {
      const locale = isLocale(p.locale) ? p.locale : "fi";
      const t = translator(locale);
      await deps.mailer.send(db, {
        networkId: network.id,
        kind: "rsvp_reminder",
        to: p.email,
        subject: t("mail.rsvpReminder.subject", { title: m.title, deadline: formatDay(locale, deadline) }),
        body: t("mail.rsvpReminder.body", {
          name: p.name,
          title: m.title,
          when: formatDateTime(locale, m.starts_utc, m.time_zone),
          network: network.name,
          deadline: formatDay(locale, deadline),
          link: `${deps.links.base}${link}`,
        }),
        link: `${deps.links.base}${link}`,
      });
      await markMailed(db, p.key);
    }
  }
  return reminded;
}
