/** Kinds of events on the annual clock; a member organisation's own rhythm (e.g. budget preparation) gets its own lane. */
export const EVENT_KINDS = ["network_meeting", "workshop", "steering_group", "deadline", "member_org_event"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
