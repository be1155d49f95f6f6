import { type Kysely, sql } from "kysely";

// Issue #16: token scopes, limits on reset mails, and no secret links kept in the outbox.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Tokens issued before scopes existed could do everything their owner can, so they keep that.
  await db.schema
    .alterTable("api_tokens")
    .addColumn("scope", "text", (c) => c.notNull().defaultTo("write"))
    .execute();
  // Every reset request, whether or not the address has an account, so that mails can be limited per requesting address.
  await db.schema
    .createTable("reset_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("reset_requests_address_idx").on("reset_requests").columns(["address", "created_at"]).execute();
  await db.schema.createIndex("password_resets_user_idx").on("password_resets").columns(["user_id", "created_at"]).execute();
  await db.schema.createIndex("login_attempts_email_ip_idx").on("login_attempts").columns(["email", "ip", "created_at"]).execute();
  // Reset links already written to the outbox would let whoever reads it become their recipient.
  await sql`update outbox set body = replace(body, link, '[…]'), link = null where kind = 'password_reset' and link is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("login_attempts_email_ip_idx").execute();
  await db.schema.dropIndex("password_resets_user_idx").execute();
  await db.schema.dropTable("reset_requests").execute();
  await db.schema.alterTable("api_tokens").dropColumn("scope").execute();
}
