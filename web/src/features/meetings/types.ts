// The meeting API's answers, by the names the meeting pages use; the server's zod schemas in src/http/routes/meetings are the source.
import type { Answer, Body, Schemas } from "../../api/client.ts";

export type { LearningMode, Rsvp } from "../../../../src/domain/meetings.ts";

export type Meeting = Schemas["Meeting"];
export type AgendaBlock = Meeting["agenda"][number];
export type AgendaWarning = Meeting["warnings"][number];
export type Distribution = NonNullable<NonNullable<Meeting["feedback"]["summary"]>["timeWellUsed"]>;
export type MeetingList = Answer<"/api/networks/{networkId}/meetings">;
export type MeetingListItem = MeetingList["items"][number];
/** A built-in method (translated under meetings.method.<key>) or a network's own method (its id as key, with its name). */
export type Method = Answer<"/api/networks/{networkId}/methods">["items"][number];
export type FeedbackTrend = Answer<"/api/networks/{networkId}/meetings/feedback">;
/** The annual-clock event kinds a meeting can be planned as. */
export type MeetingKind = Body<"/api/networks/{networkId}/meetings", "post">["event"]["kind"];
export type Board = Schemas["OpenSpaceBoard"];
export type ActivityList = Schemas["Activities"];
