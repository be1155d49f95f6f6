import type { Transporter } from "nodemailer";
import type { Logger } from "pino";
import type { Db } from "../storage/db.ts";
import { insertOutboxMessage, markOutboxFailed, markOutboxSent } from "../storage/repos/outbox.ts";

export interface OutgoingMail {
  networkId: string | null;
  kind: string;
  to: string;
  subject: string;
  body: string;
  /** The one link the message is about (invitation, reset); shown on the outbox page unless the mail is secret. */
  link: string | null;
  /**
   * The link acts as its recipient (a password reset, a sign-in or activation link): only the recipient may see it,
   * so the outbox keeps the mail without it and only SMTP delivery carries it.
   */
  secret?: boolean;
}

/** Stands in for a secret link in the outbox copy of a mail. */
export const REDACTED_LINK = "[…]";

/** What the outbox keeps of a mail: a secret mail's link is dropped and cut out of its body. */
export const outboxCopy = (mail: OutgoingMail): OutgoingMail =>
  mail.secret && mail.link ? { ...mail, body: mail.body.replaceAll(mail.link, REDACTED_LINK), link: null } : mail;

export interface Mailer {
  /** Whether SMTP is set up; reminders are sent only then, while invitations always reach the outbox. */
  readonly smtp: boolean;
  /** Writes the message to the outbox and delivers it when SMTP is set; true when it was delivered. */
  send(db: Db, mail: OutgoingMail): Promise<boolean>;
}

/**
 * Every message is first written to the outbox table, so nothing is lost when
 * SMTP is down and coordinators can see what was sent. With SMTP configured it
 * is then delivered and marked sent. Secret links never reach the outbox (`OutgoingMail.secret`).
 */
export function createMailer(options: { smtpUrl: string | undefined; from: string; logger: Logger }): Mailer {
  const { smtpUrl } = options;
  // nodemailer is loaded at the first delivery, so that the server starts without it (decision 024).
  let transport: Promise<Transporter> | undefined;
  return {
    smtp: Boolean(smtpUrl),
    async send(db, mail) {
      const row = await insertOutboxMessage(db, outboxCopy(mail));
      if (!smtpUrl) return false;
      try {
        transport ??= import("nodemailer").then((m) => m.default.createTransport(smtpUrl));
        await (await transport).sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.body });
        await markOutboxSent(db, row.id);
        return true;
      } catch (err) {
        options.logger.warn({ err, outboxId: row.id, kind: mail.kind }, "mail delivery failed");
        await markOutboxFailed(db, row.id, err instanceof Error ? err.message : String(err));
        return false;
      }
    },
  };
}
