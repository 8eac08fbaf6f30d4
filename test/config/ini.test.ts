import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Config } from "../../src/config/config.js";
import { IniFile } from "../../src/config/ini.js";
import { scratchDir } from "../support/scratch.js";

const ini = (text: string, defaults: Record<string, string> = {}): IniFile => {
  const f = new IniFile(defaults);
  f.read(text, "test.ini");
  return f;
};

test("sections, DEFAULT, both separators and lowercased keys", () => {
  const f = ini("[DEFAULT]\nshared = yes\n\n[retort]\nScript_Location = migrations\nurl: sqlite://\n");
  assert.equal(f.get("retort", "script_location"), "migrations");
  assert.equal(f.get("retort", "URL"), "sqlite://");
  assert.equal(f.get("retort", "shared"), "yes");
  assert.deepEqual(f.keys("retort"), ["script_location", "url", "shared"]);
});

test("interpolation from the section and DEFAULT, %% and %(here)s", () => {
  const f = ini("[retort]\nuser = scott\nurl = postgresql://%(user)s@%(host)s/db?x=100%%\n", { here: "/srv/app", host: "db.local" });
  assert.equal(f.get("retort", "url"), "postgresql://scott@db.local/db?x=100%");
  assert.equal(f.getRaw("retort", "url"), "postgresql://%(user)s@%(host)s/db?x=100%%");
});

test("values set later take part in interpolation, as env.py's set_section_option does", () => {
  const f = ini("[retort]\nurl = postgresql://%(DB_USER)s@localhost/%(DB_NAME)s\n");
  f.set("retort", "DB_USER", "app");
  f.set("retort", "DB_NAME", "shop");
  assert.equal(f.get("retort", "url"), "postgresql://app@localhost/shop");
});

test("continuation lines, comments and blank lines inside values", () => {
  const f = ini("# comment\n; another\n[retort]\nversion_locations =\n    a\n    b\n\n    c\nafter = 1\n");
  assert.equal(f.get("retort", "version_locations"), "\na\nb\n\nc");
  assert.equal(f.get("retort", "after"), "1");
});

test("a missing interpolation key and a bare % are errors", () => {
  const f = ini("[retort]\nurl = %(nope)s\nbad = 50% off\n");
  assert.throws(() => f.get("retort", "url"), /Bad value substitution: option 'url' in section 'retort' contains an interpolation key 'nope'/);
  assert.throws(() => f.get("retort", "bad"), /'%' must be followed by '%' or '\('/);
  assert.throws(() => f.set("retort", "x", "100%"), /invalid interpolation syntax/);
});

test("a file without a section header is refused", () => {
  assert.throws(() => ini("url = x\n"), /File contains no section headers/);
});

test("Config reads the main section, -n sections and -x arguments", () => {
  const dir = scratchDir("retort-ini-");
  const path = join(dir, "retort.ini");
  writeFileSync(path, "[retort]\nscript_location = %(here)s/migrations\n\n[other]\nurl = sqlite://\n");
  const config = new Config(path, { cmdOpts: { x: ["tenant=acme", "dry"] } });
  assert.equal(config.getMainOption("script_location"), `${dir}/migrations`);
  assert.equal(config.getMainOption("missing", "fallback"), "fallback");
  // As ConfigParser.items(), a section includes DEFAULT values (here, %(here)s).
  assert.deepEqual(config.getSection("other"), { url: "sqlite://", here: dir });
  assert.equal(config.getSection("absent"), null);
  assert.deepEqual(config.xArguments(), { tenant: "acme", dry: "" });
  const other = new Config(path, { iniSection: "other" });
  assert.equal(other.getMainOption("url"), "sqlite://");
  const missing = new Config(join(dir, "nope.ini"));
  assert.throws(() => missing.getMainOption("url"), /No config file '.*nope.ini' found, or file has no '\[retort\]' section/);
});

test("interpolation errors never quote a URL's credentials", () => {
  const secret = "Pw7%40ss%3Aw";
  const f = ini(`[retort]\nurl = postgresql://u:${secret}@h/db\nmissing = postgresql://u:Pw7%(nope)s@h/db\n`);
  assert.throws(
    () => f.get("retort", "url"),
    (err: Error) => err.message === "'%' must be followed by '%' or '(', found: '***@h/db' (option 'url' in section 'retort'); in an ini file, write each '%' of a percent-encoded URL as '%%'",
  );
  assert.throws(() => f.get("retort", "missing"), (err: Error) => /Raw value: 'postgresql:\/\/\*\*\*@h\/db'$/.test(err.message) && !err.message.includes("Pw7"));
  assert.throws(() => f.set("retort", "url", `postgresql://u:${secret}@h/db`), (err: Error) => /invalid interpolation syntax in 'postgresql:\/\/\*\*\*@h\/db'/.test(err.message));
});
