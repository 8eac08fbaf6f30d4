import assert from "node:assert/strict";
import { test } from "node:test";
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
