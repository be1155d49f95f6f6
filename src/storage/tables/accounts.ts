import type { Generated } from "kysely";
import type { InstanceDocumentKind, NetworkRole } from "../schema.ts";

// Row types of accounts, sign-in, mail, notifications and the instance's own records (columns as decision 002 stores them).

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  locale: string;
  is_admin: number;
  digest: Generated<string>;
  unsubscribe_token_hash: string | null;
  /** Set by the instance admin: no sign-in, session, token or feed works until it is cleared. */
  disabled_at: string | null;
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** Updated at most once a minute; a session unused for SESSION_IDLE_MINUTES has ended. */
  last_seen_at: string;
  /** `password`, or `sso:<provider id>`. */
  method: Generated<string>;
  /** JSON `{ nameID, nameIDFormat, sessionIndex }` of a SAML sign-in, for signing out at the identity provider too. */
  sso_logout: string | null;
}

/** A person's account at an identity provider. */
export interface UserIdentitiesTable {
  id: string;
  user_id: string;
  provider: string;
  subject: string;
  /** The verified e-mail the provider gave at the last sign-in. */
  email: string;
  created_at: string;
  last_used_at: string;
}

/** An OpenID Connect sign-in between the redirect to the provider and its answer. */
export interface SsoLoginsTable {
  /** sha256 of the `state` sent to the provider. */
  id: string;
  provider: string;
  /** sha256 of the secret in the browser's cookie: the answer must come back to the browser that started. */
  browser_hash: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** `read`: GET and HEAD only; `write`: what its owner can do, except managing tokens. */
  scope: TokenScope;
}

export type TokenScope = "read" | "write";

export interface ResetRequestsTable {
  id: string;
  address: string;
  created_at: string;
}

export interface InvitationsTable {
  id: string;
  network_id: string;
  email: string;
  role: NetworkRole;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface OutboxTable {
  id: string;
  network_id: string | null;
  kind: string;
  to_email: string;
  subject: string;
  body: string;
  link: string | null;
  created_at: string;
  sent_at: string | null;
  error: string | null;
}

export interface LoginAttemptsTable {
  id: string;
  email: string;
  ip: string;
  success: number;
  created_at: string;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  network_id: string | null;
  kind: string;
  params: string;
  link: string | null;
  dedupe_key: string | null;
  created_at: string;
  read_at: string | null;
  mailed_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  network_id: string | null;
  actor_user_id: string | null;
  actor_name: string;
  action: string;
  subject: Generated<string>;
  details: Generated<string>;
  created_at: string;
}

export interface InstanceDocumentsTable {
  kind: InstanceDocumentKind;
  locale: string;
  body: string;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: string;
}

export interface AccessibilityFeedbackTable {
  id: string;
  page: string;
  description: string;
  email: string | null;
  address_hash: string;
  created_at: string;
  handled_at: string | null;
}
