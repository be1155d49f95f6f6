import type { Kysely } from "kysely";

// Issue #18: sign-in with an organisation's identity provider, disabled accounts, idle sessions, networks that require SSO.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("disabled_at", "text").execute();
  await db.schema.alterTable("users").addColumn("last_sign_in_at", "text").execute();
  // How the session was opened: `password`, or `sso:<provider>`; a network that requires SSO refuses the others.
  await db.schema
    .alterTable("sessions")
    .addColumn("method", "text", (c) => c.notNull().defaultTo("password"))
    .execute();
  // What a SAML identity provider needs to end its own session when the person signs out of Solmu.
  await db.schema.alterTable("sessions").addColumn("sso_logout", "text").execute();
  await db.schema
    .alterTable("networks")
    .addColumn("require_sso", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // A person's account at an identity provider: matched by provider and subject, so a changed e-mail still finds them.
  await db.schema
    .createTable("user_identities")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text", (c) => c.notNull())
    .addUniqueConstraint("user_identities_subject_uq", ["provider", "subject"])
    .execute();
  await db.schema.createIndex("user_identities_user_idx").on("user_identities").column("user_id").execute();
  // A sign-in on its way through the provider, in the database so that any instance may receive the answer.
  await db.schema
    .createTable("sso_logins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("browser_hash", "text", (c) => c.notNull())
    .addColumn("nonce", "text", (c) => c.notNull())
    .addColumn("code_verifier", "text", (c) => c.notNull())
    .addColumn("return_to", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("sso_logins").execute();
  await db.schema.dropTable("user_identities").execute();
  await db.schema.alterTable("networks").dropColumn("require_sso").execute();
  await db.schema.alterTable("sessions").dropColumn("sso_logout").execute();
  await db.schema.alterTable("sessions").dropColumn("method").execute();
  await db.schema.alterTable("users").dropColumn("last_sign_in_at").execute();
  await db.schema.alterTable("users").dropColumn("disabled_at").execute();
}
