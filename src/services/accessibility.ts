import { isLocale, type Locale } from "../domain/locale.ts";
import { translator } from "../i18n/index.ts";
import { hashSecret } from "../storage/ids.ts";
import {
  countFeedbackSince,
  findStatement,
  insertFeedback,
  listFeedback,
  markFeedbackHandled,
  saveStatementIfVersion,
} from "../storage/repos/accessibility.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, staleWrite } from "./errors.ts";

/** One address may send this many accessibility reports an hour; enough for real use, little for a flood. */
const FEEDBACK_PER_HOUR = 10;

/**
 * The instance's accessibility statement in a language: what the instance
 * admin has written, or the one Solmu ships, which says what Solmu meets.
 */
export async function accessibilityStatement(deps: Deps, locale: Locale) {
  const row = await findStatement(deps.storage.db, locale);
  if (row) return { locale, body: row.body, version: row.version, updatedAt: row.updated_at, isDefault: false };
  return { locale, body: translator(locale)("accessibilityStatement.default"), version: 0, updatedAt: null, isDefault: true };
}

/** Saves the statement of a language (instance admin); a stale version gets 409 with what is stored. */
export async function saveAccessibilityStatement(deps: Deps, actor: Actor, input: { locale: string; body: string; version: number }) {
  if (!actor.isAdmin) throw forbidden();
  const locale: Locale = isLocale(input.locale) ? input.locale : "fi";
  if (!(await saveStatementIfVersion(deps.storage.db, locale, input.version, input.body, actor.userId))) {
    throw staleWrite(await accessibilityStatement(deps, locale));
  }
  return accessibilityStatement(deps, locale);
}

/** Anyone, signed in or not, can report an accessibility problem; one address only so often. */
export async function reportAccessibilityProblem(
  deps: Deps,
  input: { page: string; description: string; email: string | null },
  address: string,
  now = new Date(),
) {
  const addressHash = hashSecret(`accessibility:${address}`);
  const since = new Date(now.getTime() - 3_600_000).toISOString();
  if ((await countFeedbackSince(deps.storage.db, addressHash, since)) >= FEEDBACK_PER_HOUR) {
    throw new AppError(429, "too_many_reports", "errors.too_many_reports", { minutes: 60 }, {}, { retryAfterSeconds: 3600 });
  }
  await insertFeedback(deps.storage.db, { ...input, addressHash });
}

/** Reported problems, newest first (instance admin). */
export async function accessibilityReports(deps: Deps, actor: Actor) {
  if (!actor.isAdmin) throw forbidden();
  return (await listFeedback(deps.storage.db)).map((f) => ({
    id: f.id,
    page: f.page,
    description: f.description,
    email: f.email,
    createdAt: f.created_at,
    handledAt: f.handled_at,
  }));
}

export async function markAccessibilityReportHandled(deps: Deps, actor: Actor, id: string) {
  if (!actor.isAdmin) throw forbidden();
  await markFeedbackHandled(deps.storage.db, id);
  return accessibilityReports(deps, actor);
}
