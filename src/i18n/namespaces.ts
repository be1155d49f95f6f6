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

/**
 * What the web app's shell needs on every page (the layout and its header, sign-in, the network list, a network's
 * navigation, which names the pages of several features). The build puts these of each language into one chunk,
 * `i18n-<lang>-shell`, that index.html's preload link names, so that they come in one request beside the code.
 */
export const SHELL_NAMESPACES = [
  "common",
  "auth",
  "networks",
  "account",
  "audit",
  "members",
  "people",
  "search",
  "organisations",
  "import",
] as const satisfies readonly Namespace[];
