import { qualifiedTableName } from "./side-tables.js";
import { basename } from "node:path";
import type { BoundConnection, Dialect } from "../dialects/dialect.js";
import type { RevisionMap } from "../script/graph/types.js";
import type { Script } from "../script/script.js";
import { fileChecksum } from "../script/source-checksum.js";
import { ancestorsOf } from "../script/graph/traverse.js";

/** An applied revision whose file is not what was applied. */
export interface ChangedRevision {
  readonly revision: string;
  /** The file it was applied from (its name) and, where it still exists, where it is now. */
  readonly appliedFrom: string;
  readonly path: string | null;
  readonly change: "changed" | "deleted";
}

/** What the table holds for one applied revision. */
export interface ChecksumRow {
  readonly revision: string;
  readonly checksum: string;
  readonly fileName: string;
}

export interface ChecksumReport {
  /** Applied revisions with a recorded checksum. */
  readonly checked: number;
  readonly changed: readonly ChangedRevision[];
}

/**
 * The checksum of each applied revision's source (`<version table>_checksums`, beside the version
 * table, which keeps Alembic's shape so Alembic can still read it). A row is written in the
 * transaction that records the revision as applied, and removed by its downgrade; `retort
 * verify` compares the rows with the files.
 */
export class ChecksumTable {
  private known: boolean | null = null;

  constructor(
    private readonly dialect: Dialect,
    private readonly conn: BoundConnection,
    readonly name: string,
    private readonly schema: string | null,
  ) {}

  private get qualified(): string {
    return qualifiedTableName(this.dialect, this.name, this.schema);
  }

  private lit(value: string): string {
    return this.dialect.renderLiteral(value);
  }

  private async exists(): Promise<boolean> {
    this.known ??= await this.dialect.hasTable(this.conn, this.name, this.schema);
    return this.known;
  }

  /** An upgrade of `script`, whose file has `checksum` (null: it cannot be read), is being recorded. */
  async applied(script: Script, checksum: string | null): Promise<void> {
    const row = this.rowOf(script, checksum);
    if (row === null) return;
    if (!(await this.exists())) await this.conn.query(this.createSql());
    await this.conn.query(this.deleteSql(row.revision));
    await this.conn.query(this.insertSql([row]));
    this.known = true;
  }

  /** The row that records an upgrade of `script`; null when its file cannot be read. */
  rowOf(script: Script, checksum: string | null): ChecksumRow | null {
    return checksum === null ? null : { revision: script.revision, checksum, fileName: basename(script.path) };
  }

  /**
   * The statements that bring the rows of the revisions in `changes` to what it says (a row, or
   * none), for the caller to run in order; run them, then call `created()`.
   */
  async batchStatements(changes: ReadonlyMap<string, ChecksumRow | null>): Promise<string[]> {
    const rows = [...changes.values()].filter((row) => row !== null);
    const out: string[] = [];
    if (await this.exists()) out.push(`DELETE FROM ${this.qualified} WHERE version_num IN (${[...changes.keys()].map((r) => this.lit(r)).join(", ")})`);
    else if (rows.length > 0) out.push(this.createSql());
    if (rows.length > 0) out.push(this.insertSql(rows));
    return out;
  }

  private deleteSql(revision: string): string {
    return `DELETE FROM ${this.qualified} WHERE version_num = ${this.lit(revision)}`;
  }

  private insertSql(rows: readonly ChecksumRow[]): string {
    const values = rows.map((r) => `(${this.lit(r.revision)}, ${this.lit(r.checksum)}, ${this.lit(r.fileName)})`);
    return `INSERT INTO ${this.qualified} (version_num, checksum, file_name) VALUES ${values.join(", ")}`;
  }

  private createSql(): string {
    const pk = this.dialect.quoteIdentifier(`${this.name}_pkc`);
    return (
      `CREATE TABLE ${this.qualified} (version_num VARCHAR(32) NOT NULL, checksum VARCHAR(64) NOT NULL, ` +
      `file_name VARCHAR(255) NOT NULL, CONSTRAINT ${pk} PRIMARY KEY (version_num))`
    );
  }

  /**
   * Create the table now, where DDL is not transactional: its CREATE TABLE would otherwise commit
   * the transaction that moves the version table and clears the progress record, halfway.
   */
  async ensureExists(): Promise<void> {
    if (await this.exists()) return;
    await this.conn.query(this.createSql());
    this.known = true;
  }

  /** The statements of batchStatements() ran: the table exists now. */
  created(): void {
    this.known = true;
  }

  /** A downgrade of `revision` is being recorded. */
  async reverted(revision: string): Promise<void> {
    if (await this.exists()) await this.conn.query(this.deleteSql(revision));
  }

  /** `stamp --purge` empties the version table: no revision is applied any more. */
  async clear(): Promise<void> {
    if (await this.exists()) await this.conn.query(`DELETE FROM ${this.qualified}`);
  }

  /**
   * Every applied revision with a recorded checksum (the version table's heads and their
   * ancestors; a recorded one the graph no longer has counts as applied) compared with its file
   * now, in revision order.
   */
  async compare(map: RevisionMap<Script>, heads: readonly string[], checksumOf: (path: string) => string | null = fileChecksum): Promise<ChecksumReport> {
    if (!(await this.exists())) return { checked: 0, changed: [] };
    const rows = (await this.conn.query(`SELECT version_num, checksum, file_name FROM ${this.qualified} ORDER BY version_num`)).rows;
    const known = heads.flatMap((h) => map.node(h) ?? []);
    // A head the graph no longer has hides what is below it: then every recorded revision counts.
    const applied = known.length < heads.length ? null : new Set(ancestorsOf(map, known, { check: false }).map((n) => n.revision));
    const changed: ChangedRevision[] = [];
    let checked = 0;
    for (const row of rows) {
      const revision = String(row["version_num"]);
      if (applied !== null && map.node(revision) !== undefined && !applied.has(revision)) continue; // stamped below it since
      checked++;
      const appliedFrom = String(row["file_name"]);
      const script = map.node(revision)?.script;
      const now = script === undefined ? null : checksumOf(script.path);
      if (script === undefined || now === null) changed.push({ revision, appliedFrom, path: null, change: "deleted" });
      else if (now !== String(row["checksum"])) changed.push({ revision, appliedFrom, path: script.path, change: "changed" });
    }
    return { checked, changed };
  }
}
