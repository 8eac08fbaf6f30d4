import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { IniFile } from "./ini.js";
import { fail } from "../util/errors.js";

/** The parsed command-line options, as Alembic's `config.cmd_opts` exposes them. */
export interface CmdOpts {
  readonly x?: readonly string[];
  readonly raiseerr?: boolean;
  readonly [key: string]: unknown;
}

export interface ConfigOptions {
  /** The main section; `retort` unless `-n/--name` chose another. */
  readonly iniSection?: string;
  /** Where command output (heads, history, ...) is written. Nothing is printed when absent. */
  readonly stdout?: { write(text: string): unknown };
  readonly cmdOpts?: CmdOpts;
  /** Extra DEFAULT values for interpolation, as Alembic's `config_args`. */
  readonly configArgs?: Readonly<Record<string, string>>;
  /** Free-form values passed from the caller to env.ts (Alembic's `config.attributes`). */
  readonly attributes?: Record<string, unknown>;
  /**
   * Stops a running command when aborted: the statement running is cancelled where the driver
   * can, the transaction rolled back, and the command throws InterruptedError, whose message
   * says what was committed. The CLI aborts it on SIGINT and SIGTERM.
   */
  readonly signal?: AbortSignal;
}

/**
 * The ini file and the command line, as env.ts and the commands see them: Alembic's `Config`.
 * Each instance holds its own state; nothing is shared between calls.
 */
export class Config {
  readonly configFileName: string | null;
  readonly configIniSection: string;
  readonly cmdOpts: CmdOpts;
  readonly attributes: Record<string, unknown>;
  readonly signal: AbortSignal | undefined;
  private readonly stdout: { write(text: string): unknown } | null;
  private readonly configArgs: Readonly<Record<string, string>>;
  private ini: IniFile | null = null;

  constructor(fileName: string | null = null, options: ConfigOptions = {}) {
    this.configFileName = fileName;
    this.configIniSection = options.iniSection ?? "retort";
    this.cmdOpts = options.cmdOpts ?? {};
    this.attributes = options.attributes ?? {};
    this.signal = options.signal;
    this.stdout = options.stdout ?? null;
    this.configArgs = options.configArgs ?? {};
  }

  /** The parsed file, read on first use (Alembic's memoized `file_config`). */
  get fileConfig(): IniFile {
    if (this.ini === null) {
      const here = this.configFileName ? dirname(resolve(this.configFileName)) : "";
      const ini = new IniFile({ ...this.configArgs, here });
      if (this.configFileName && existsSync(this.configFileName)) {
        ini.read(readFileSync(this.configFileName, "utf8"), this.configFileName);
      } else if (!this.configFileName) {
        ini.addSection(this.configIniSection);
      }
      this.ini = ini;
    }
    return this.ini;
  }

  /** Write command output, one line, to the configured stdout (nothing when none was given). */
  print(text: string): void {
    this.stdout?.write(text + "\n");
  }

  /** Write raw text (offline SQL) to the configured stdout. */
  write(text: string): void {
    this.stdout?.write(text);
  }

  getSection(name: string): Record<string, string> | null;
  getSection(name: string, fallback: Record<string, string>): Record<string, string>;
  getSection(name: string, fallback: Record<string, string> | null = null): Record<string, string> | null {
    const ini = this.fileConfig;
    if (!ini.hasSection(name)) return fallback;
    return Object.fromEntries(ini.keys(name).map((k) => [k, ini.get(name, k) ?? ""]));
  }

  getSectionOption(section: string, name: string): string | null;
  getSectionOption(section: string, name: string, fallback: string): string;
  getSectionOption(section: string, name: string, fallback: string | null = null): string | null {
    const ini = this.fileConfig;
    if (!ini.hasSection(section)) {
      fail(`No config file '${this.configFileName ?? ""}' found, or file has no '[${section}]' section`);
    }
    return ini.get(section, name) ?? fallback;
  }

  getMainOption(name: string): string | null;
  getMainOption(name: string, fallback: string): string;
  getMainOption(name: string, fallback: string | null = null): string | null {
    return this.getSectionOption(this.configIniSection, name, fallback as string);
  }

  setSectionOption(section: string, name: string, value: string): void {
    const ini = this.fileConfig;
    if (!ini.hasSection(section)) ini.addSection(section);
    ini.set(section, name, value);
  }

  setMainOption(name: string, value: string): void {
    this.setSectionOption(this.configIniSection, name, value);
  }

  removeMainOption(name: string): void {
    this.fileConfig.remove(this.configIniSection, name);
  }

  /** The `-x key=value` arguments as a record (a bare `-x flag` maps to ""). */
  xArguments(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const arg of this.cmdOpts.x ?? []) {
      const eq = arg.indexOf("=");
      if (eq < 0) out[arg] = "";
      else out[arg.slice(0, eq)] = arg.slice(eq + 1);
    }
    return out;
  }
}
