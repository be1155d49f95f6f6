import argon2 from "argon2";
import type { Locale } from "../domain/locale.ts";
import { translator } from "../i18n/index.ts";
import type { DbOrTx } from "../storage/db.ts";
import { countCoordinators, findMembershipById, listMembershipsOfUser } from "../storage/repos/memberships.ts";
import { findNetwork, lockNetwork } from "../storage/repos/networks.ts";
import { deleteAccount, eraseTraces } from "../storage/repos/personalData.ts";
import { deletePhoto } from "../storage/repos/photos.ts";
import { countAdmins, findUserById, type UserRow } from "../storage/repos/users.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, invalid } from "./errors.ts";
import { instanceDocument, saveInstanceDocument } from "./instanceDocuments.ts";
import { forgetInSurveys, freezeRoundsAnsweredBy } from "./surveys.ts";

/**
 * Before a membership goes (account deleted, member removed): per the
 * network's policy, the person's answers to closed survey rounds live on only
 * inside those rounds' frozen figures ("aggregate"), or go with them
 * ("delete"; figures a closed round already released stay, decision 013).
 * Runs before the removing transaction: freezing computes, and a frozen
 * round shows the same figures whether or not the removal follows.
 */
export async function prepareLeaving(deps: Deps, networkId: string, membershipId: string) {
  const network = await findNetwork(deps.storage.db, networkId);
  if (network?.survey_answers_on_leave === "aggregate") await freezeRoundsAnsweredBy(deps, networkId, membershipId);
}

/**
 * "Delete my account" (GDPR art. 17), confirmed with the password (or, in a
 * session from an identity provider, with the account's e-mail). Refused
 * while the person is the only coordinator of a network or the only instance
 * admin: someone must carry on. Their profile, memberships, sessions, tokens,
 * notifications and answers go; what they wrote into shared work (goals,
 * decisions, agreement text) stays without their name; survey answers follow
 * each network's policy (see prepareLeaving). Each network's audit log
 * records that an account was deleted, without the name.
 */
export async function deleteMyAccount(deps: Deps, actor: Actor, confirm: { password: string; email: string }) {
  const user = await findUserById(deps.storage.db, actor.userId);
  if (!user) throw invalid({ password: { key: "errors.wrong_password" } });
  // Signed in through an identity provider, the person may have no password: the provider just vouched for them.
  if (actor.via?.startsWith("sso:")) {
    if (confirm.email.trim().toLowerCase() !== user.email) throw invalid({ email: { key: "validation.confirm_email" } });
  } else if (!user.password_hash || !(await argon2.verify(user.password_hash, confirm.password))) {
    throw invalid({ password: { key: "errors.wrong_password" } });
  }
  await deleteAccountOf(deps, user, { ...actor, name: "" });
}

/**
 * Deletes an account as "delete my account" does, with the same refusals (the only coordinator of a network, the only
 * instance admin). `by` is who the networks' audit logs name as having done it: the person themselves without their
 * name, or the instance admin.
 */
export async function deleteAccountOf(deps: Deps, user: UserRow, by: Actor) {
  const { db } = deps.storage;
  const memberships = await listMembershipsOfUser(db, user.id);
  // Checked before the answers are frozen, and again under the networks' locks in the transaction that deletes.
  const refuseIfNeeded = async (q: DbOrTx) => {
    const blocking = [];
    for (const m of memberships) if (m.role === "coordinator" && (await countCoordinators(q, m.id)) <= 1) blocking.push(m.name);
    if (blocking.length > 0) throw new AppError(409, "sole_coordinator", "errors.sole_coordinator", { networks: blocking.join(", ") });
    if (user.is_admin === 1 && (await countAdmins(q)) <= 1) throw new AppError(409, "last_admin", "errors.last_admin");
  };
  await refuseIfNeeded(db);
  for (const m of memberships) await prepareLeaving(deps, m.id, m.membership_id);
  await db.transaction().execute(async (tx) => {
    for (const m of memberships) await lockNetwork(tx, m.id);
    await refuseIfNeeded(tx);
    for (const m of memberships) {
      await forgetInSurveys(tx, m.id, m.membership_id);
      await audit(tx, by, m.id, "member.account_deleted", "");
      const row = await findMembershipById(tx, m.id, m.membership_id);
      if (row?.photo_id) await deletePhoto(tx, row.photo_id);
    }
    await eraseTraces(
      tx,
      user,
      memberships.map((m) => m.id),
    );
    await deleteAccount(tx, user.id);
  });
}

/** The privacy notice Solmu ships, filled in with what this instance's settings say. */
const defaultNotice = (deps: Deps) => (locale: Locale) => {
  const t = translator(locale);
  const address = deps.settings.publicUrl;
  return t("privacyNotice.default", {
    intro: address ? t("privacyNotice.introAt", { instance: address }) : t("privacyNotice.intro"),
    // People read this text until the admin writes their own: it states what is known, never an instruction to the admin.
    contact: deps.settings.privacyContact
      ? t("privacyNotice.contactAt", { email: deps.settings.privacyContact })
      : t("privacyNotice.contactUnknown"),
    sessionDays: deps.settings.sessionDays,
  });
};

/** The instance's privacy notice (tietosuojaseloste) in a language: the admin's text, or Solmu's prefilled one. */
export const privacyNotice = (deps: Deps, locale: Locale) => instanceDocument(deps, "privacy", locale, defaultNotice(deps));

/** Saves the privacy notice of a language (instance admin); a stale version gets 409 with what is stored. */
export const savePrivacyNotice = (deps: Deps, actor: Actor, input: { locale: string; body: string; version: number }) =>
  saveInstanceDocument(deps, actor, "privacy", input, defaultNotice(deps));
