export type Locale = "fi" | "sv" | "en";
export type Role = "coordinator" | "member" | "observer";
export type NetworkType = "hierarchical_strategic" | "joint_strategic" | "freely_evolving" | "chaotic";
export type Phase = "assembling" | "agreeing" | "doing" | "evaluating";

export interface Me {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isAdmin: boolean;
  digest: "off" | "daily" | "weekly";
  networks: { id: string; name: string; role: Role; personId: string; profileStale: boolean }[];
}

export interface Network {
  id: string;
  name: string;
  purpose: string;
  networkType: NetworkType;
  governance: string;
  version: number;
  minGroupSize: number;
  staleAfterDays: number;
  /** Months after a survey round closes until its raw answers are deleted; null keeps them as long as the round. */
  surveyRetentionMonths: number | null;
  surveyAnswersOnLeave: SurveyAnswersOnLeave;
  /** Default for new survey rounds: coordinators see individual ties, or only group structure. */
  surveyTiesVisibility: "individual" | "groups";
}

/** What happens to a leaving member's survey answers: kept only inside closed rounds' frozen figures, or deleted. */
export type SurveyAnswersOnLeave = "aggregate" | "delete";

export interface NetworkHome {
  network: Network;
  role: Role;
  currentCycle: { id: string; name: string; startsOn: string; endsOn: string; phase: Phase } | null;
  cycleCount: number;
  memberCount: number;
  organisationCount: number;
  pendingInvitations: number | null;
  freshness: { share: number | null; stale: number; total: number } | null;
  missingGaps: number | null;
  pending: {
    evaluatePhase: Phase | null;
    agreementVersionId: string | null;
    networkTypeAssessment: boolean;
    promisesOverdue: number;
    promisesDueSoon: number;
  } | null;
  survey: {
    roundId: string;
    title: string;
    status: "scheduled" | "open" | "closed";
    closesOn: string;
    respondedCount: number;
    invitedCount: number;
    myState: "not_invited" | "not_started" | "draft" | "submitted";
  } | null;
  meetings: {
    next: { id: string; title: string; start: string; invited: boolean; myRsvp: "yes" | "no" | "maybe" | null } | null;
    balance: { sideBySide: number; together: number };
  };
  evaluation: {
    indicators: number;
    withoutValue: number;
    round: { status: "open" | "closed"; closesOn: string; answered: boolean } | null;
    publicPage: string | null;
  };
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string | null;
  role: Role;
  title: string | null;
  organisationName: string | null;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
}

export interface OutboxMessage {
  id: string;
  kind: string;
  to: string;
  subject: string;
  body: string;
  link: string | null;
  createdAt: string;
  sentAt: string | null;
  error: string | null;
}

export type Visibility = "members" | "coordinators";

export interface Person {
  id: string;
  name: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
  title: string | null;
  photoUrl: string | null;
  competences: string[];
  needs: string[];
  languages: string[];
  behindTitle: string | null;
  expectations: string | null;
  email: string | null;
  phone: string | null;
  emailVisibility: Visibility | null;
  phoneVisibility: Visibility | null;
  confirmedAt: string | null;
  stale: boolean;
  isSelf: boolean;
  canEdit: boolean;
  canEditName: boolean;
  version: number | null;
}

export interface OrganisationSummary {
  id: string;
  name: string;
  kind: string;
  representativeCount: number;
}

export interface HistoryEntry {
  id: string;
  occurredOn: string;
  title: string;
  description: string;
  createdByName: string | null;
  canDelete: boolean;
  people: { id: string; name: string }[];
  formerPeople: number;
  organisations: { id: string; name: string }[];
}
