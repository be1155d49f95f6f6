import { EventEmitter } from "node:events";
import { type Kysely, sql } from "kysely";
import pg from "pg";

/**
 * Live updates between the people looking at the same thing (an open-space
 * board): a change is published under a topic and every subscriber of that
 * topic hears of it. With SQLite there is one process, so an in-process
 * emitter is enough; on PostgreSQL the change goes through NOTIFY, so a
 * subscriber on any app instance hears it.
 */
export interface Live {
  publish(topic: string): Promise<void>;
  /** Calls `listener` on every publish of the topic until the returned function is called. */
  subscribe(topic: string, listener: () => void): Promise<() => void>;
  close(): Promise<void>;
}

function emitter() {
  const e = new EventEmitter();
  // One listener per open browser tab; the default warning at 10 would be noise.
  e.setMaxListeners(0);
  return e;
}

/** Live updates within one process. */
export function localLive(): Live {
  const e = emitter();
  return {
    publish: async (topic) => {
      e.emit(topic);
    },
    subscribe: async (topic, listener) => {
      e.on(topic, listener);
      return () => e.off(topic, listener);
    },
    close: async () => {
      e.removeAllListeners();
    },
  };
}

/** Live updates across every instance on one PostgreSQL: NOTIFY to publish, one LISTEN connection per instance. */
export function postgresLive(db: Kysely<unknown>, connectionString: string, channel: string): Live {
  const e = emitter();
  let listening: Promise<pg.Client> | undefined;
  const listen = () => {
    listening ??= (async () => {
      const client = new pg.Client({ connectionString });
      client.on("notification", (m) => {
        if (m.channel === channel && m.payload) e.emit(m.payload);
      });
      // A lost connection is opened again by the next subscriber; the ones before it reload on reconnect.
      const drop = () => {
        listening = undefined;
      };
      client.on("error", drop);
      client.on("end", drop);
      await client.connect();
      await client.query(`LISTEN "${channel}"`);
      return client;
    })();
    return listening;
  };
  return {
    publish: async (topic) => {
      await sql`select pg_notify(${channel}, ${topic})`.execute(db);
    },
    subscribe: async (topic, listener) => {
      await listen();
      e.on(topic, listener);
      return () => e.off(topic, listener);
    },
    close: async () => {
      e.removeAllListeners();
      const client = await listening?.catch(() => undefined);
      listening = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}
