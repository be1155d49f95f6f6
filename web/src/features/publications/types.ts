/** Answers of the publishing and good-practice API (see src/http/routes/publications/index.ts). */

/** What a network makes public and at which address; `version` is 0 until first saved. */
export interface PublishingSettings {
  slug: string;
  enabled: boolean;
  intro: string;
  showGoals: boolean;
  showResults: boolean;
  showPractices: boolean;
  showAgreement: boolean;
  showMap: boolean;
  version: number;
}

export interface NewsItem {
  id: string;
  title: string;
  body: string;
  /** null while the item is a draft */
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** GET/PUT /api/networks/:id/publishing, and the answer of every news call. */
export interface Publishing {
  settings: PublishingSettings;
  news: NewsItem[];
}

export interface Practice {
  id: string;
  networkId: string;
  networkName: string;
  /** "/p/<slug>" when the network's public page is on */
  publicPage: string | null;
  title: string;
  whatWorked: string;
  context: string;
  /** Shown publicly once published */
  contact: string;
  /** null while the practice is a draft */
  publishedAt: string | null;
  /** The author's name, for the network itself; never shown publicly */
  createdBy: string | null;
  updatedAt: string;
  version: number;
  canEdit: boolean;
}

/** GET /api/networks/:id/practices, and the answer of every practice call. */
export interface Practices {
  own: Practice[];
  shared: Practice[];
}

/** The settings fields a coordinator edits (everything but the version). */
export type SettingsFields = Omit<PublishingSettings, "version">;

/** The fields of a good practice that its author writes. */
export interface PracticeFields {
  title: string;
  whatWorked: string;
  context: string;
  contact: string;
}
