/** Why a sign-in through an identity provider ended without a session; each has its page in three languages. */
export const SSO_FAILURE_REASONS = ["denied", "state", "expired", "unverified", "domain", "disabled", "provider"] as const;
export type SsoFailureReason = (typeof SSO_FAILURE_REASONS)[number];

export const isSsoFailureReason = (v: unknown): v is SsoFailureReason => SSO_FAILURE_REASONS.includes(v as SsoFailureReason);

/** Where to go after signing in: a path of this app only, so that a crafted link cannot send the person elsewhere. */
export function safeReturnPath(value: string | undefined): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || value.startsWith("/api/")) return "/";
  return /^[\x21-\x7e]*$/.test(value) ? value : "/";
}

const isTrue = (v: unknown) => v === true || v === "true";

/**
 * The e-mail of an identity provider's claims when the provider vouches for it, lower-cased; otherwise undefined.
 * `email_verified` is the standard claim; Microsoft Entra ID does not send it but sends `xms_edov` ("email domain
 * owner verified", an optional claim the app registration turns on: docs/deploy.md) when the domain is the tenant's own.
 */
export function verifiedEmail(claims: Record<string, unknown>): string | undefined {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 320) return undefined;
  return isTrue(claims.email_verified) || isTrue(claims.xms_edov) ? email : undefined;
}

export const emailDomain = (email: string) => email.slice(email.lastIndexOf("@") + 1).toLowerCase();
