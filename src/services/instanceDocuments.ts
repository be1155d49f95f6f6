import { isLocale, type Locale } from "../domain/locale.ts";
import { findDocument, saveDocumentIfVersion } from "../storage/repos/instanceDocuments.ts";
import type { InstanceDocumentKind } from "../storage/schema.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { forbidden, staleWrite } from "./errors.ts";

/**
 * A text the instance admin writes per language (the accessibility statement,
 * the privacy notice): what the admin has saved, or Solmu's own text, which the
 * admin starts from.
 */
export async function instanceDocument(deps: Deps, kind: InstanceDocumentKind, locale: Locale, defaultBody: (locale: Locale) => string) {
  const row = await findDocument(deps.storage.db, kind, locale);
  if (row) return { locale, body: row.body, version: row.version, updatedAt: row.updated_at, isDefault: false };
  return { locale, body: defaultBody(locale), version: 0, updatedAt: null, isDefault: true };
}

/** Saves a document of a language (instance admin); a stale version gets 409 with what is stored. */
export async function saveInstanceDocument(
  deps: Deps,
  actor: Actor,
  kind: InstanceDocumentKind,
  input: { locale: string; body: string; version: number },
  defaultBody: (locale: Locale) => string,
) {
  if (!actor.isAdmin) throw forbidden();
  const locale: Locale = isLocale(input.locale) ? input.locale : "fi";
  const saved = await deps.storage.db.transaction().execute(async (tx) => {
    if (!(await saveDocumentIfVersion(tx, { kind, locale, body: input.body }, input.version, actor.userId))) return false;
    await audit(tx, actor, null, "instance.document_saved", kind, { locale });
    return true;
  });
  if (!saved) throw staleWrite(await instanceDocument(deps, kind, locale, defaultBody));
  return instanceDocument(deps, kind, locale, defaultBody);
}
