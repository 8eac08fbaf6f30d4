import type { IniFile } from "../config/ini.js";
import { pyFormat } from "../util/pyformat.js";

export type Level = "DEBUG" | "INFO" | "WARNING" | "ERROR" | "CRITICAL";
const RANK: Readonly<Record<string, number>> = { NOTSET: 0, DEBUG: 10, INFO: 20, WARN: 30, WARNING: 30, ERROR: 40, CRITICAL: 50, FATAL: 50 };

/** Where log lines go; one per command run, configured from the ini's logging sections. */
export interface Logger {
  log(name: string, level: Level, message: string): void;
}

/** Until env.ts calls fileConfig, only warnings and worse are shown, bare, as Python's last-resort handler does. */
export function defaultLogger(write: (text: string) => void): Logger {
  return { log: (_name, level, message) => void (RANK[level]! >= 30 && write(message + "\n")) };
}

interface LoggerRule {
  readonly qualname: string;
  readonly level: number;
  readonly handlers: readonly Handler[];
  readonly propagate: boolean;
}
interface Handler {
  readonly level: number;
  readonly format: string;
  readonly write: (text: string) => void;
}

/**
 * Python's `logging.config.fileConfig` for the shapes an Alembic ini uses: `[loggers]`, `[logger_X]`
 * (level, handlers, qualname, propagate), StreamHandler `[handler_X]` on stderr or stdout, and
 * `[formatter_X]` format strings.
 */
export function loggerFromIni(ini: IniFile, streams: { stderr: (t: string) => void; stdout: (t: string) => void }): Logger | null {
  if (!ini.hasSection("loggers")) return null;
  const list = (text: string | undefined): string[] => (text ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const handlers = new Map<string, Handler>();
  for (const name of list(ini.get("handlers", "keys"))) {
    const section = `handler_${name}`;
    if (!ini.hasSection(section)) continue;
    const formatter = ini.get(section, "formatter");
    // fileConfig reads formats raw: they are %-templates, not interpolations.
    const format = (formatter && ini.getRaw(`formatter_${formatter}`, "format")) || "%(message)s";
    const args = ini.get(section, "args") ?? "";
    handlers.set(name, { level: RANK[(ini.get(section, "level") ?? "NOTSET").toUpperCase()] ?? 0, format, write: args.includes("stdout") ? streams.stdout : streams.stderr });
  }
  const rules: LoggerRule[] = [];
  for (const key of list(ini.get("loggers", "keys"))) {
    const section = `logger_${key}`;
    if (!ini.hasSection(section)) continue;
    const qualname = key === "root" ? "" : ini.get(section, "qualname") ?? key;
    rules.push({
      qualname,
      level: RANK[(ini.get(section, "level") ?? "NOTSET").toUpperCase()] ?? 0,
      handlers: list(ini.get(section, "handlers")).flatMap((h) => handlers.get(h) ?? []),
      propagate: (ini.get(section, "propagate") ?? "1") !== "0",
    });
  }
  // Longest qualname first, so the nearest configured ancestor decides the level.
  // A run logs thousands of lines under a few names: each name's chain is worked out once.
  const chains = new Map<string, LoggerRule[]>();
  const chainFor = (name: string): LoggerRule[] => {
    let chain = chains.get(name);
    if (chain === undefined) {
      chain = rules.filter((r) => r.qualname === "" || name === r.qualname || name.startsWith(r.qualname + ".")).sort((a, b) => b.qualname.length - a.qualname.length);
      chains.set(name, chain);
    }
    return chain;
  };
  return {
    log(name, level, message) {
      const chain = chainFor(name);
      const effective = chain.find((r) => r.level > 0)?.level ?? 30;
      const rank = RANK[level]!;
      if (rank < effective) return;
      let record: Record<string, unknown> | null = null;
      for (const rule of chain) {
        for (const h of rule.handlers) {
          if (rank >= h.level) h.write(pyFormat(h.format, (record ??= recordFields(name, level, message))) + "\n");
        }
        if (!rule.propagate) break;
      }
    },
  };
}

const two = (n: number): string => String(n).padStart(2, "0");

function recordFields(name: string, level: Level, message: string): Record<string, unknown> {
  const now = Date.now();
  return {
    name,
    levelname: level,
    message,
    // Spelled out only for a format that shows it (the templates' formats do not).
    get asctime(): string {
      const d = new Date(now);
      return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())},${String(d.getMilliseconds()).padStart(3, "0")}`;
    },
    process: process.pid,
    levelno: RANK[level],
  };
}
