import type { Meeting } from "../types.ts";

/** What a section of the meeting page gets: the meeting, and a way to show the meeting a save returned. */
export interface SectionProps {
  networkId: string;
  meeting: Meeting;
  onChange: (m: Meeting) => void;
}

/** The path of a meeting's routes. */
export const meetingPath = ({ networkId, meeting }: { networkId: string; meeting: Meeting }) => ({
  path: { networkId, meetingId: meeting.id },
});
