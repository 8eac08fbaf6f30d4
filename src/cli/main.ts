import { readFileSync } from "node:fs";
import { phaseMark } from "../util/phase-mark.js";
import { parseArgs } from "node:util";
import { RetortError, messageOf } from "../util/errors.js";
import { flushHeldStderr } from "../util/stderr-order.js";
import { formatHelp, type HelpOption } from "./help.js";
import { watchInterrupts, type InterruptWatch } from "./signals.js";
import { VERBS, type Args, type OptionSpec, type Verb } from "./verbs.js";

/** In `retort --help` order, after -h (help.ts adds it). */
const GLOBAL_OPTIONS = {
  version: { type: "boolean", help: "show program's version number and exit" },
  config: {
    type: "string",
    short: "c",
    help: 'Alternate config file; defaults to value of RETORT_CONFIG environment variable, or "retort.ini"',
  },
  name: { type: "string", short: "n", help: "Name of section in .ini file to use for Retort config" },
  x: {
    type: "string",
    short: "x",
    multiple: true,
    help: "Additional arguments consumed by custom env.ts scripts, e.g. -x setting1=somesetting -x setting2=somesetting",
  },
  raiseerr: { type: "boolean", help: "Raise a full stack trace on error" },
  "lock-timeout": {
    type: "string",
    metavar: "SECONDS",
    help: "How long to wait for the migration lock, or for an embedded database, that another process holds (default: the ini's lock_timeout, or 600); 0 fails at once",
  },
  // Global, as --lock-timeout is, so that upgrade's and downgrade's own help stay Alembic's.
  resume: {
    type: "boolean",
    help: "upgrade/downgrade on MySQL/MariaDB: go on with the revision an earlier run left half-applied, after its statements that completed (repair the database first if need be)",
  },
  help: { type: "boolean", short: "h", help: "show this help message and exit" },
} as const satisfies Readonly<Record<string, OptionSpec>>;

class UsageError extends RetortError {}

/** argv -> command. The only place that prints FAILED or sets the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const interrupts = watchInterrupts((line) => {
    flushHeldStderr();
    process.stderr.write(`${line}\n`);
  });
  try {
    return await runCommandLine(argv, interrupts);
  } finally {
    interrupts.stop();
  }
}

async function runCommandLine(argv: readonly string[], interrupts: InterruptWatch): Promise<number> {
  phaseMark("main");
  let raiseerr = argv.includes("--raiseerr");
  try {
    const { verbName, verb, args, globals } = parseCommandLine(argv);
    raiseerr = globals.raiseerr === true;
    // The trace shows the user's env.ts frames, which sit below a dozen of the runtime's.
    if (raiseerr) Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 50);
    if (globals.version) {
      process.stdout.write(`retort ${packageVersion()}\n`);
      return 0;
    }
    if (globals.help && verb === null) {
      process.stdout.write(mainHelp());
      return 0;
    }
    if (verb === null || verbName === null) throw new UsageError("A command is required. Run 'retort --help' to see the commands.");
    if (args.values["help"]) {
      process.stdout.write(verbHelp(verbName, verb));
      return 0;
    }
    // Loaded only to run a command: `--help` and `--version` stay at Node's own start-up time.
    const [{ Config }, { withBuildService }] = await Promise.all([import("../config/config.js"), import("../script/load-modules.js")]);
    const config = new Config((globals.config as string | undefined) ?? process.env["RETORT_CONFIG"] ?? "retort.ini", {
      iniSection: (globals.name as string | undefined) ?? "retort",
      stdout: process.stdout,
      cmdOpts: { ...args.values, x: (globals.x as string[] | undefined) ?? [], raiseerr, cmd: verbName, lockTimeout: globals["lock-timeout"], resume: globals.resume === true },
      signal: interrupts.signal,
    });
    await withBuildService(() => verb.run(config, args));
    phaseMark("done");
    return await interrupted(interrupts, null);
  } catch (err) {
    // An interrupt is not a bug: its line says what state the database is in, even with --raiseerr.
    if (interrupts.received !== null) return await interrupted(interrupts, err);
    const [{ redactUrlText }, { failureDetails }] = await Promise.all([import("../config/url.js"), import("../util/failure-details.js")]);
    if (raiseerr) throw await withUserStacks(err);
    const details = failureDetails(err).map((line) => `  ${redactUrlText(line)}\n`);
    flushHeldStderr();
    process.stderr.write(`FAILED: ${redactUrlText(firstLine(err))}\n${details.join("")}`);
    return 1;
  }
}

/**
 * For --raiseerr: frames in generated modules renamed to the user's files along the chain of
 * causes, and the failure's detail lines under the message, where the FAILED line has them.
 */
async function withUserStacks(err: unknown): Promise<unknown> {
  const [{ redactUrlText }, { mapStack }, { failureDetails }] = await Promise.all([
    import("../config/url.js"),
    import("../util/call-site.js"),
    import("../util/failure-details.js"),
  ]);
  const details = failureDetails(err); // read from the stacks before they are renamed
  const seen = new Set<unknown>();
  for (let e = err; e instanceof Error && !seen.has(e); e = e.cause) {
    seen.add(e);
    if (typeof e.stack === "string") e.stack = mapStack(e.stack);
  }
  if (err instanceof Error && typeof err.stack === "string" && details.length > 0) {
    const frames = err.stack.search(/\n\s+at /);
    const at = frames < 0 ? err.stack.length : frames;
    err.stack = `${err.stack.slice(0, at)}\n${details.map((d) => `  ${redactUrlText(d)}`).join("\n")}${err.stack.slice(at)}`;
  }
  return err;
}

/**
 * The exit code of a command that ended (`err`: how it failed, null when it did not) after a
 * signal asked it to stop: 128 + the signal's number, with the line that says what became of the
 * database; 0 when no signal came.
 */
async function interrupted(interrupts: InterruptWatch, err: unknown): Promise<number> {
  const name = interrupts.received;
  if (name === null) return 0;
  const [{ redactUrlText }, { InterruptedError }] = await Promise.all([import("../config/url.js"), import("../util/interrupt.js")]);
  const message = err instanceof InterruptedError ? err.message : err === null ? `Interrupted (${name}) after the command had done its work` : `Interrupted (${name})`;
  flushHeldStderr();
  process.stderr.write(`FAILED: ${redactUrlText(message)}\n`);
  return interrupts.exitCode(name);
}

function firstLine(err: unknown): string {
  const message = messageOf(err).trim();
  return err instanceof RetortError ? message.replace(/\s*\n\s*/g, " ") : message.split("\n")[0] ?? "";
}

function parseCommandLine(argv: readonly string[]): { verbName: string | null; verb: Verb | null; args: Args; globals: Record<string, string | boolean | string[] | undefined> } {
  // Global options come before the verb, as in Alembic; the verb's own options after it.
  const verbIndex = findVerbIndex(argv);
  const head = verbIndex < 0 ? argv : argv.slice(0, verbIndex);
  const globals = parse(head, GLOBAL_OPTIONS, false).values;
  if (verbIndex < 0) return { verbName: null, verb: null, args: { positionals: {}, values: {} }, globals };
  const name = argv[verbIndex]!.replaceAll("-", "_");
  const verb = VERBS[name];
  if (!verb) throw new UsageError(`Unknown command '${argv[verbIndex]}'. Run 'retort --help' to see the commands.`);
  const parsed = parse(argv.slice(verbIndex + 1), { ...verb.options, ...GLOBAL_OPTIONS }, true);
  Object.assign(globals, pickDefined(parsed.values, Object.keys(GLOBAL_OPTIONS)));
  return { verbName: name, verb, args: { positionals: bindPositionals(name, verb, parsed.positionals, parsed.values["help"] === true), values: parsed.values }, globals };
}

function findVerbIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-c" || a === "--config" || a === "-n" || a === "--name" || a === "-x" || a === "--lock-timeout") i++;
    else if (!a.startsWith("-")) return i;
  }
  return -1;
}

type Specs = Readonly<Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>>;

function parse(args: readonly string[], options: Specs, allowPositionals: boolean) {
  try {
    // Negative numbers are revisions (`downgrade -1`), not options.
    const tokens = args.map((a) => (/^-\d+$/.test(a) ? `\u0000${a}` : a));
    const r = parseArgs({ args: tokens, options: options as never, allowPositionals, strict: true });
    return { values: r.values as Record<string, string | boolean | string[] | undefined>, positionals: r.positionals.map((p) => p.replace(/^\u0000/, "")) };
  } catch (err) {
    throw new UsageError(messageOf(err).replace(/\. To specify a positional argument.*$/, ""));
  }
}

function bindPositionals(name: string, verb: Verb, given: readonly string[], help: boolean): Args["positionals"] {
  const out: Record<string, string | readonly string[]> = {};
  let i = 0;
  for (const p of verb.positionals) {
    if (given[i] === undefined && p.optional) continue;
    if (given[i] === undefined && !help) throw new UsageError(`${name}: the following arguments are required: ${p.name}`);
    if (p.many) {
      out[p.name] = given.slice(i);
      i = given.length;
    } else {
      out[p.name] = given[i++] as string;
    }
  }
  if (i < given.length) throw new UsageError(`unrecognized arguments: ${given.slice(i).join(" ")}`);
  return out;
}

function pickDefined(values: Record<string, unknown>, keys: readonly string[]): Record<string, string | boolean | string[]> {
  return Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k]])) as Record<string, string | boolean | string[]>;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function mainHelp(): string {
  return formatHelp({
    prog: "retort",
    positionals: [],
    commands: Object.entries(VERBS).map(([name, v]) => ({ name, help: v.help })),
    options: helpOptions(GLOBAL_OPTIONS),
  });
}

function verbHelp(name: string, verb: Verb): string {
  return formatHelp({ prog: `retort ${name}`, description: verb.help, positionals: verb.positionals, options: helpOptions(verb.options) });
}

/** The options as `--help` lists them; -h is added by formatHelp. */
function helpOptions(options: Readonly<Record<string, OptionSpec>>): HelpOption[] {
  return Object.entries(options)
    .filter(([long]) => long !== "help")
    .map(([long, o]) => ({
      // parseArgs also takes "--x" for -x; Alembic's help names only -x.
      long: long === o.short ? undefined : long,
      short: o.short,
      // argparse's default: the option's name in capitals, "-" as "_".
      metavar: o.type === "string" ? (o.metavar ?? long.toUpperCase().replaceAll("-", "_")) : undefined,
      help: o.help,
    }));
}
