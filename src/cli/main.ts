import { parseArgs } from "node:util";

const HELP = `solmu — a workspace for leading collaborative networks of organisations

Usage: solmu <command> [options]

Commands:
  serve                               start the web server (HOST, PORT; seeds a demo into an empty database)
  migrate                             bring the database schema up to date
  seed-demo [--size small|large]      fill an empty database with demo networks
                                      (large: 320 organisations, 2,100 people, 3 cycles)
  user create --email E --name N --password P [--admin]
                                      create an account, or update the one with that e-mail
  token create --email E [--name N] [--write]
                                      print a new personal API token for the account: read-only,
                                      or with --write also changing what the account may change
  backup FILE                         write a consistent copy of the database while the server runs
  check                               check the database without changing it (after a crash or a restore):
                                      SQLite's integrity and foreign keys, every migration applied,
                                      Solmu's own rules; exit code 1 when any check fails
  analyze --edges FILE.csv [--undirected] [--weight COLUMN] [--groups GROUPS.csv] [--format json|csv]
          [--sample K]
                                      social network analysis of an edge list; needs no database.
                                      FILE has a header with source and target columns (comma or
                                      semicolon separated). Directed unless --undirected; the weight
                                      comes from COLUMN, else a column named weight, else 1.
                                      GROUPS.csv (node,group) gives the E-I index and the
                                      Gould-Fernandez brokerage roles; docs/analysis.md defines
                                      every output field
                                      json (default): { graph, nodes }. csv: one row per node with
                                      every per-node figure, then an empty line and a second table
                                      figure,value with the whole-graph figures
                                      --sample K: betweenness and closeness estimated from K random
                                      sources (seeded) instead of all, for very large graphs.
                                      SOLMU_WORKERS threads share them (default: one per core)
  help                                show this text

Settings come from environment variables; see the README.`;

const parseOptions = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: {
      size: { type: "string", default: "small" },
      email: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      admin: { type: "boolean", default: false },
      write: { type: "boolean", default: false },
      edges: { type: "string" },
      undirected: { type: "boolean", default: false },
      weight: { type: "string" },
      groups: { type: "string" },
      sample: { type: "string" },
      format: { type: "string", default: "json" },
      help: { type: "boolean", short: "h", default: false },
    },
  });

type StandaloneCommand = (values: ReturnType<typeof parseOptions>["values"], args: string[]) => Promise<number>;

/** Commands that work on files alone, so they run without (and despite bad) database settings; each loaded when run. */
const standaloneCommands: Record<string, () => Promise<StandaloneCommand>> = {
  analyze: async () => (await import("./analyze.ts")).analyzeCommand,
};

/** Entry point of the `solmu` command; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, sub] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    console.log(HELP);
    return 0;
  }
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv.slice(1));
  } catch (err) {
    // parseArgs throws a TypeError naming the unknown option or the missing value.
    console.error(`${err instanceof Error ? err.message : err}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  // hasOwn, so that "constructor" or "toString" is an unknown command rather than Object's method.
  const loadStandalone = Object.hasOwn(standaloneCommands, command) ? standaloneCommands[command] : undefined;
  // Loaded only now, so that `solmu --help` and a mistyped option answer without loading the whole server,
  // and a standalone command without loading any of it.
  const [commandsModule, { loadSettings, SettingsError }, { AppError }] = await Promise.all([
    loadStandalone ? null : import("./commands.ts"),
    import("../config/env.ts"),
    import("../services/errors.ts"),
  ]);
  const key = command === "user" || command === "token" ? `${command} ${sub ?? ""}` : command;
  const run = commandsModule && Object.hasOwn(commandsModule.commands, key) ? commandsModule.commands[key] : undefined;
  try {
    // Before loadSettings: these commands touch no database, so bad settings must not stop them.
    if (loadStandalone) return await (await loadStandalone())(values, positionals);
    if (!run) {
      console.error(`Unknown command: ${argv.slice(0, 2).join(" ")}\n\n${HELP}`);
      return 2;
    }
    const settings = loadSettings();
    const args = command === "user" || command === "token" ? positionals.slice(1) : positionals;
    return await run(settings, values, args);
  } catch (err) {
    if (err instanceof SettingsError) {
      console.error(err.message);
      return 2;
    }
    if (err instanceof AppError) {
      const t = (await import("../i18n/index.ts")).translator("en");
      const fields = Object.entries(err.fields).map(([f, m]) => `  --${f}: ${t(m.key, m.params)}`);
      console.error([t(err.messageKey, err.params), ...fields].join("\n"));
      return 2;
    }
    console.error(err instanceof Error ? err.message : err);
    return 1;
  }
}
