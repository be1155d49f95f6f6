import { PASSWORD_MIN } from "../domain/password.ts";
import { findUserByEmail, insertUser, updateUser } from "../storage/repos/users.ts";
import { hashPassword } from "./auth.ts";
import type { Deps } from "./context.ts";
import { invalid } from "./errors.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Creates an account (or, for an existing e-mail, sets its name, password and admin flag): the CLI's `user create`. */
export async function upsertUser(deps: Deps, input: { email: string; name: string; password: string; isAdmin: boolean }) {
  const email = input.email.trim().toLowerCase();
  const fields: Record<string, { key: string; params?: Record<string, number> }> = {};
  if (!EMAIL.test(email)) fields.email = { key: "validation.email" };
  if (!input.name.trim()) fields.name = { key: "validation.required" };
  if (input.password.length < PASSWORD_MIN) fields.password = { key: "validation.too_short", params: { min: PASSWORD_MIN } };
  if (Object.keys(fields).length > 0) throw invalid(fields);
  const passwordHash = await hashPassword(input.password);
  const { db } = deps.storage;
  const existing = await findUserByEmail(db, email);
  if (existing) {
    await updateUser(db, existing.id, { name: input.name.trim(), password_hash: passwordHash, is_admin: input.isAdmin ? 1 : 0 });
    return { id: existing.id, created: false };
  }
  const user = await insertUser(db, { email, name: input.name.trim(), passwordHash, isAdmin: input.isAdmin });
  return { id: user.id, created: true };
}
