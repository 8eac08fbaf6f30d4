import assert from "node:assert/strict";
import { test } from "node:test";
import { inspect } from "node:util";
import { parseUrl, redactUrlText } from "../../src/config/url.js";

test("server URLs, with SQLAlchemy's +driver suffix accepted", () => {
  const u = parseUrl("postgresql+psycopg2://scott:tiger@db.example.com:5433/shop?sslmode=require");
  assert.equal(u.backend, "postgresql");
  assert.equal(u.driverSuffix, "psycopg2");
  assert.deepEqual([u.username, u.password, u.host, u.port, u.database], ["scott", "tiger", "db.example.com", 5433, "shop"]);
  assert.deepEqual(u.query, { sslmode: "require" });
  assert.equal(parseUrl("postgres://h/db").backend, "postgresql");
  assert.equal(parseUrl("mysql+pymysql://root@localhost/test").backend, "mysql");
  assert.equal(parseUrl("mariadb://root@localhost/test").backend, "mariadb");
});

test("file URLs follow SQLite's slash rule; two slashes alone is memory", () => {
  assert.equal(parseUrl("sqlite:///relative/app.db").database, "relative/app.db");
  assert.equal(parseUrl("sqlite:////abs/app.db").database, "/abs/app.db");
  assert.equal(parseUrl("sqlite://").database, null);
  assert.equal(parseUrl("pglite:////srv/data").database, "/srv/data");
  assert.equal(parseUrl("pglite://").database, null);
});

test("toString never shows a password; an empty one prints as SQLAlchemy prints it", () => {
  assert.equal(String(parseUrl("postgresql://scott:s3cret@localhost/db")), "postgresql://scott:***@localhost/db");
  assert.equal(String(parseUrl("postgresql://postgres:@127.0.0.1/db")), "postgresql://postgres:@127.0.0.1/db");
  assert.equal(String(parseUrl("postgresql://scott@localhost:5432/db")), "postgresql://scott@localhost:5432/db");
  assert.equal(redactUrlText("could not reach postgresql://u:p4ss@h/db today"), "could not reach postgresql://u:***@h/db today");
});

test("bad URLs are refused without echoing the password", () => {
  assert.throws(() => parseUrl("not a url"), /Could not parse the database URL/);
  assert.throws(() => parseUrl("oracle://scott:tiger@h/db"), (err: Error) => /unknown scheme 'oracle'/.test(err.message) && !err.message.includes("tiger"));
  assert.throws(() => parseUrl("postgresql://u:pw@h:port/db"), (err: Error) => /Invalid port/.test(err.message) && !err.message.includes(":pw@"));
});

const PASSWORD = "Pw7@ss:w/rd%x";
/** Every form a password can take in a URL or an ini file, and pieces of it. */
const FORMS = [PASSWORD, encodeURIComponent(PASSWORD), encodeURIComponent(PASSWORD).replaceAll("%", "%%"), "Pw7", "ss:w", "w/rd", "rd%x", "%40ss"];
const leaks = (text: string): string[] => FORMS.filter((f) => text.includes(f));

test("a URL that cannot be parsed masks everything from :// to the last @, and says to percent-encode", () => {
  for (const url of [
    `postgresql://nt_pwuser:${PASSWORD}@127.0.0.1:5432/nt_pw`, // the "/" ends the authority early
    "postgresql://nt_pwuser:Pw7@ss?w@127.0.0.1/nt_pw", // so does a "?"
    "postgresql://nt_pwuser:Pw7@ss%x@127.0.0.1/nt_pw", // a "%" that encodes nothing
    "postgresql://nt_pwuser:Pw7%x@127.0.0.1/nt_pw",
  ]) {
    assert.throws(
      () => parseUrl(url),
      (err: Error) => {
        assert.match(err.message, /^Could not parse the database URL 'postgresql:\/\/\*\*\*@127\.0\.0\.1(:5432)?\/nt_pw': /);
        assert.match(err.message, /percent-encode them \(@ as %40, : as %3A, \/ as %2F, \? as %3F, % as %25\)$/);
        assert.deepEqual(leaks(err.message), []);
        return true;
      },
    );
  }
  // Without an "@", what follows "user:" may be a password whose "@host" was forgotten.
  assert.throws(() => parseUrl("postgresql://scott:Pw7secret/db"), (err: Error) => err.message.includes("'postgresql://scott:***/db'") && !err.message.includes("Pw7"));
});

test("the percent-encoded password is read decoded and never shown", () => {
  const u = parseUrl(`postgresql://nt_pwuser:${encodeURIComponent(PASSWORD)}@127.0.0.1:5432/nt_pw`);
  assert.deepEqual([u.username, u.password, u.host, u.port, u.database], ["nt_pwuser", PASSWORD, "127.0.0.1", 5432, "nt_pw"]);
  for (const shown of [String(u), JSON.stringify({ u }), inspect(u), `${u}`]) assert.deepEqual(leaks(shown), [], shown);
});

test("redactUrlText hides every form, up to the last @ of each URL", () => {
  for (const url of [`postgresql://u:${PASSWORD}@h/db`, `postgresql://u:${encodeURIComponent(PASSWORD)}@h/db`, `mysql://u:${PASSWORD}@h`]) {
    const text = redactUrlText(`process 12 (node retort -x url=${url} upgrade head)`);
    assert.deepEqual(leaks(text), [], text);
    assert.match(text, /:\/\/u:\*\*\*@h/);
  }
  assert.equal(redactUrlText("postgresql://postgres:@127.0.0.1/db"), "postgresql://postgres:@127.0.0.1/db");
  assert.equal(redactUrlText("postgresql://scott@localhost/db"), "postgresql://scott@localhost/db");
});
