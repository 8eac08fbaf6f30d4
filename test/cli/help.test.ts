/*
 * `--help` of the program and of every verb, against Alembic 1.8.1's (help.alembic.json, from
 * record_help.py): the same positionals and options in the same order, the usage line naming each
 * option's argument, laid out as argparse lays it out; never the word "alembic", no double spaces.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { REPO, retort } from "../support/cli.js";

const recorded = JSON.parse(readFileSync(new URL("help.alembic.json", import.meta.url), "utf8")) as Record<string, string>;

/** Alembic's words for what Retort calls otherwise. */
const asRetort = (text: string): string =>
  text.replaceAll("ALEMBIC_CONFIG", "RETORT_CONFIG").replaceAll("alembic.ini", "retort.ini").replaceAll("env.py", "env.ts").replace(/alembic/gi, (w) => (w[0] === "A" ? "Retort" : "retort"));

/** Contract section 6: what Retort has beyond Alembic 1.8.1. */
const RETORT_ONLY = { commands: ["check", "lint", "test", "verify"], options: ["--lock-timeout SECONDS", "--resume"] };
/** Options Retort adds to one of Alembic's verbs: shown last, so the rest is Alembic's page. */
const VERB_EXTRAS: Readonly<Record<string, readonly string[]>> = { revision: ["--rename-hints"] };

interface Structure {
  readonly usage: string[];
  readonly positionals: string[];
  readonly commands: string[];
  readonly options: string[];
}

/** The parts of a help text that must match: usage items, positional names, sub-commands, option invocations. */
function structure(text: string): Structure {
  const [usageBlock = "", ...sections] = text.split("\n\n");
  const usage = (usageBlock.replace(/^usage: \S+( [a-z_]+)?/, "").match(/\[[^\]]*\]|\S+/g) ?? []).filter((p) => p !== "");
  const section = (title: string): string[] => sections.find((s) => s.startsWith(`${title}:\n`))?.split("\n").slice(1) ?? [];
  const head = (line: string): string => line.trim().split(/ {2,}/)[0]!;
  return {
    usage,
    positionals: section("positional arguments").filter((l) => /^ {2}\S/.test(l)).map(head),
    commands: section("positional arguments").filter((l) => /^ {4}\S/.test(l)).map(head),
    options: section("options").filter((l) => /^ {2}-/.test(l)).map(head),
  };
}

const help = (args: string[]): string => {
  const r = retort(REPO, args, { env: { COLUMNS: "80" } });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, "");
  return r.stdout;
};

/** Retort's verb help adds the verb's one-line description under the usage; Alembic's has none. */
const withoutDescription = (text: string): string => text.replace(/^(usage:[^]*?\n\n)[^]*?\n\n/, "$1");
/**
 * The usage block on one line: "retort" is one letter shorter than "alembic", so argparse would
 * indent (and may break) the usage's continuation lines differently; `usageLayout` checks ours.
 */
const oneLineUsage = (text: string): string => text.replace(/^usage:[^]*?\n\n/, (u) => `${u.trim().replace(/\s+/g, " ")}\n\n`);

/** argparse's layout of a usage that does not fit: continuation lines line up after the program name. */
function usageLayout(text: string, prog: string): void {
  const lines = text.slice(0, text.indexOf("\n\n")).split("\n");
  const indent = " ".repeat(`usage: ${prog} `.length);
  for (const line of lines.slice(1)) assert.ok(line.startsWith(indent) && line[indent.length] !== " ", `usage continuation ${JSON.stringify(line)}`);
  for (const line of lines) assert.ok(line.length <= 78 || !line.trim().includes(" "), `usage line longer than 78: ${JSON.stringify(line)}`);
}

function checkWording(text: string, where: string): void {
  assert.doesNotMatch(text, /alembic/i, `${where} names Alembic`);
  for (const line of text.split("\n")) {
    // Two spaces separate an invocation from its help; inside any text there is only one.
    const trimmed = line.trim();
    const body = /^-|^[a-z{]/.test(trimmed) ? trimmed.split(/ {2,}/).slice(1).join(" ") : trimmed;
    assert.doesNotMatch(body, / {2}/, `${where}: a double space in ${JSON.stringify(line)}`);
  }
}

for (const verb of Object.keys(recorded).filter((v) => v !== "")) {
  test(`${verb} --help: Alembic's positionals and options, in its order and layout`, () => {
    const ours = help([verb, "--help"]);
    checkWording(ours, `${verb} --help`);
    const theirs = asRetort(recorded[verb]!);
    const extras = VERB_EXTRAS[verb] ?? [];
    const mine = structure(ours);
    assert.deepEqual(mine.options.slice(mine.options.length - extras.length), [...extras]);
    assert.deepEqual(mine.usage.slice(mine.usage.length - extras.length), extras.map((o) => `[${o}]`));
    const withoutExtras = { ...mine, options: mine.options.filter((o) => !extras.includes(o)), usage: mine.usage.filter((u) => !extras.some((o) => u === `[${o}]`)) };
    assert.deepEqual(withoutExtras, structure(theirs));
    assert.match(ours, new RegExp(`^usage: retort ${verb} \\[-h\\]`));
    usageLayout(ours, `retort ${verb}`);
    // init's help adds to two of Alembic's texts; everywhere else the whole page is Alembic's.
    if (verb !== "init" && extras.length === 0) assert.equal(oneLineUsage(withoutDescription(ours)), oneLineUsage(theirs));
  });
}

test("retort --help: Alembic's options and commands, plus Retort's own", () => {
  const ours = help(["--help"]);
  checkWording(ours, "--help");
  usageLayout(ours, "retort");
  const mine = structure(ours);
  const theirs = structure(asRetort(recorded[""]!));
  const drop = (items: string[], extra: string[]): string[] => items.filter((i) => !extra.includes(i));
  assert.deepEqual(drop(mine.commands, RETORT_ONLY.commands), theirs.commands);
  assert.deepEqual(drop(mine.options, RETORT_ONLY.options), theirs.options);
  for (const extra of [...RETORT_ONLY.commands, ...RETORT_ONLY.options]) assert.ok([...mine.commands, ...mine.options].includes(extra), extra);
  const choices = `{${mine.commands.join(",")}}`;
  assert.deepEqual(mine.usage, ["[-h]", "[--version]", "[-c CONFIG]", "[-n NAME]", "[-x X]", "[--raiseerr]", "[--lock-timeout SECONDS]", "[--resume]", choices, "..."]);
  assert.deepEqual(mine.positionals, [choices]);
});

test("check --help, which Alembic 1.8.1 does not have", () => {
  const ours = help(["check", "--help"]);
  checkWording(ours, "check --help");
  assert.deepEqual(structure(ours), { usage: ["[-h]", "[--json]"], positionals: [], commands: [], options: ["-h, --help", "--json"] });
});

test("lint --help and test --help, which Alembic 1.8.1 does not have", () => {
  const lint = help(["lint", "--help"]);
  checkWording(lint, "lint --help");
  usageLayout(lint, "retort lint");
  assert.deepEqual(structure(lint).usage, ["[-h]", "[--all]", "[--format FORMAT]", "[--fail-on SEVERITY]", "[--dialect NAME]", "[--trace]", "[--url URL]", "[range]"]);
  const kit = help(["test", "--help"]);
  checkWording(kit, "test --help");
  assert.deepEqual(structure(kit).usage, ["[-h]", "[--url URL]", "[--heads HEADS]"]);
});

test("a verb's help needs none of its required arguments", () => {
  for (const verb of ["upgrade", "stamp", "merge", "init", "show"]) assert.match(help([verb, "-h"]), new RegExp(`^usage: retort ${verb} `));
});
