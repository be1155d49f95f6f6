import type { Locale } from "../domain/locale.ts";
import { translator } from "../i18n/index.ts";
import { hashSecret } from "../storage/ids.ts";
import { countFeedbackSince, insertFeedback, listFeedback, markFeedbackHandled } from "../storage/repos/accessibility.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden } from "./errors.ts";
import { instanceDocument, saveInstanceDocument } from "./instanceDocuments.ts";

/** One address may send this many accessibility reports an hour; enough for real use, little for a flood. */
const FEEDBACK_PER_HOUR = 10;

const defaultStatement = (locale: Locale) => translator(locale)("accessibilityStatement.default");

/**
 * The instance's accessibility statement in a language: what the instance
 * admin has written, or the one Solmu ships, which says what Solmu meets.
 */
export const accessibilityStatement = (deps: Deps, locale: Locale) => instanceDocument(deps, "accessibility", locale, defaultStatement);

/** Saves the statement of a language (instance admin); a stale version gets 409 with what is stored. */
export const saveAccessibilityStatement = (deps: Deps, actor: Actor, input: { locale: string; body: string; version: number }) =>
  saveInstanceDocument(deps, actor, "accessibility", input, defaultStatement);

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
