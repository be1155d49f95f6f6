/**
 * The catalogue files of each language: `locales/<lang>/<namespace>.json`, one per feature. Each holds whole
 * top-level keys, so a key ("surveys.map.title") names no namespace: the server and the web merge the files
 * into i18next's one default namespace. The web downloads only the namespaces a page needs.
 */
export const NAMESPACES = [
  "common",
  "auth",
  "account",
  "networks",
  "members",
  "people",
  "organisations",
  "import",
  "cycles",
  "goals",
  "diagnosis",
  "agreement",
  "decisions",
  "polls",
  "calendar",
  "promises",
  "surveys",
  "meetings",
  "evaluation",
  "publications",
  "audit",
  "users",
  "privacy",
  "accessibility",
  "search",
  "webhooks",
  "mail",
] as const;

export type Namespace = (typeof NAMESPACES)[number];
