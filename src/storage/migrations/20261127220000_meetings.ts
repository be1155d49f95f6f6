import type { Kysely } from "kysely";

// Facilitation: meetings on the annual clock with participants, agendas of method blocks, seating plans, feedback,
// open-space boards, and the network's activities marked as done side by side or together.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("meeting_methods")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("dialogue", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("instructions", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("typical_minutes", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("meetings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    // A meeting is an event of the annual clock; its time, place and recurrence live there.
    .addColumn("event_id", "text", (c) => c.notNull().unique().references("events.id").onDelete("cascade"))
    .addColumn("purpose", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("expected_outcome", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("rsvp_deadline", "text")
    .addColumn("attendance_recorded_at", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("meetings_network_idx").on("meetings").column("network_id").execute();

  await db.schema
    .createTable("meeting_participants")
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("membership_id", "text", (c) => c.notNull().references("memberships.id").onDelete("cascade"))
    .addColumn("facilitator", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rsvp", "text")
    .addColumn("rsvp_at", "text")
    .addColumn("attended", "integer")
    .addPrimaryKeyConstraint("meeting_participants_pk", ["meeting_id", "membership_id"])
    .execute();

  await db.schema
    .createTable("agenda_blocks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    // A built-in method's key, or a network's own method's id.
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("start_minute", "integer", (c) => c.notNull())
    .addColumn("duration_minutes", "integer", (c) => c.notNull())
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("notes_version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("agenda_blocks_meeting_idx").on("agenda_blocks").column("meeting_id").execute();

  await db.schema
    .createTable("seating_plans")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("block_id", "text", (c) => c.references("agenda_blocks.id").onDelete("set null"))
    .addColumn("tables", "integer", (c) => c.notNull())
    .addColumn("rounds", "integer", (c) => c.notNull())
    // People by index, and per round each person's table: JSON so a plan is read whole.
    .addColumn("people", "text", (c) => c.notNull())
    .addColumn("hosts", "text", (c) => c.notNull())
    .addColumn("assignment", "text", (c) => c.notNull())
    .addColumn("new_pairs", "integer", (c) => c.notNull())
    .addColumn("upper_bound", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("meeting_feedback")
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("membership_id", "text", (c) => c.notNull().references("memberships.id").onDelete("cascade"))
    .addColumn("time_well_used", "integer", (c) => c.notNull())
    .addColumn("real_dialogue", "integer", (c) => c.notNull())
    .addColumn("concrete_progress", "integer", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("meeting_feedback_pk", ["meeting_id", "membership_id"])
    .execute();

  await db.schema
    .createTable("open_space_slots")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("open_space_spaces")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("open_space_sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("convener_membership_id", "text", (c) => c.references("memberships.id").onDelete("set null"))
    .addColumn("slot_id", "text", (c) => c.references("open_space_slots.id").onDelete("set null"))
    .addColumn("space_id", "text", (c) => c.references("open_space_spaces.id").onDelete("set null"))
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("open_space_sessions_meeting_idx").on("open_space_sessions").column("meeting_id").execute();
  // Where each person is in each slot: moving to another session of the same slot replaces the row.
  await db.schema
    .createTable("open_space_presence")
    .addColumn("session_id", "text", (c) => c.notNull().references("open_space_sessions.id").onDelete("cascade"))
    .addColumn("membership_id", "text", (c) => c.notNull().references("memberships.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("open_space_presence_pk", ["session_id", "membership_id"])
    .execute();

  await db.schema
    .createTable("activities")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("network_id", "text", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("cycle_id", "text", (c) => c.references("cycles.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    // "side_by_side": each organisation on its own, sharing information; "together": joint work.
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("meeting_id", "text", (c) => c.references("meetings.id").onDelete("set null"))
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("activities_network_idx").on("activities").columns(["network_id", "cycle_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    "activities",
    "open_space_presence",
    "open_space_sessions",
    "open_space_spaces",
    "open_space_slots",
    "meeting_feedback",
    "seating_plans",
    "agenda_blocks",
    "meeting_participants",
    "meetings",
    "meeting_methods",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
