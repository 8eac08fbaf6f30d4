import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Config } from "../config/config.js";
import { redactUrlText } from "../config/url.js";
import { withBuildService } from "../script/load-modules.js";
import { RetortError, messageOf } from "../util/errors.js";
import { VERBS, type Args, type Verb } from "./verbs.js";

const GLOBAL_OPTIONS = {
  config: { type: "string", short: "c" },
  name: { type: "string", short: "n" },
  x: { type: "string", short: "x", multiple: true },
  raiseerr: { type: "boolean" },
  "lock-timeout": { type: "string" },
  version: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

class UsageError extends RetortError {}

/** argv -> command. The only place that prints FAILED or sets the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  performance.mark("retort:main");
  let raiseerr = argv.includes("--raiseerr");
  try {
    const { verbName, verb, args, globals } = parseCommandLine(argv);
    raiseerr = globals.raiseerr === true;
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
    const config = new Config((globals.config as string | undefined) ?? process.env["RETORT_CONFIG"] ?? "retort.ini", {
      iniSection: (globals.name as string | undefined) ?? "retort",
      stdout: process.stdout,
      cmdOpts: { ...args.values, x: (globals.x as string[] | undefined) ?? [], raiseerr, cmd: verbName, lockTimeout: globals["lock-timeout"] },
    });
    await withBuildService(() => verb.run(config, args));
    performance.mark("retort:done");
    return 0;
  } catch (err) {
    if (raiseerr) throw err;
    process.stderr.write(`FAILED: ${redactUrlText(firstLine(err))}\n`);
    return 1;
  }
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
    if (p.endsWith("...")) {
      out[p.slice(0, -3)] = given.slice(i);
      if (given.length - i < 1 && !help) throw new UsageError(`${name}: the following arguments are required: ${p.slice(0, -3)}`);
      i = given.length;
    } else {
      if (given[i] === undefined && !help) throw new UsageError(`${name}: the following arguments are required: ${p}`);
      out[p] = given[i++] as string;
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
  const verbs = Object.entries(VERBS).map(([n, v]) => `    ${n.padEnd(16)}${v.help}`);
  return [
    "usage: retort [-h] [--version] [-c CONFIG] [-n NAME] [-x X] [--raiseerr] [--lock-timeout SECONDS] <command> ...",
    "",
    "positional arguments:",
    ...verbs,
    "",
    "options:",
    "  -h, --help            show this help message and exit",
    "  --version             show program's version number and exit",
    "  -c CONFIG, --config CONFIG",
    "                        Alternate config file; defaults to value of RETORT_CONFIG environment variable, or \"retort.ini\"",
    "  -n NAME, --name NAME  Name of section in .ini file to use for Retort config",
    "  -x X                  Additional arguments consumed by custom env.ts scripts, e.g. -x setting1=somesetting -x setting2=somesetting",
    "  --raiseerr            Raise a full stack trace on error",
    "  --lock-timeout SECONDS",
    "                        How long to wait for an embedded database another process has open (default: the ini's lock_timeout, or 600); 0 fails at once",
    "",
  ].join("\n");
}

function verbHelp(name: string, verb: Verb): string {
  const pos = verb.positionals.map((p) => (p.endsWith("...") ? `${p.slice(0, -3)} [${p.slice(0, -3)} ...]` : p));
  const opts = Object.entries(verb.options).map(([k, o]) => {
    const flag = (o.short ? `-${o.short}, ` : "") + `--${k}` + (o.type === "string" ? ` ${k.toUpperCase().replaceAll("-", "_")}` : "");
    return `  ${flag.padEnd(28)}${o.help}`;
  });
  return [`usage: retort ${name} [-h] ${Object.keys(verb.options).map((k) => `[--${k}]`).join(" ")} ${pos.join(" ")}`.replace(/\s+$/, ""), "", verb.help, "", ...(opts.length ? ["options:", ...opts, ""] : [])].join("\n");
}
