import { qualifiedTableName } from "./side-tables.js";
import { basename } from "node:path";
import type { BoundConnection, Dialect } from "../dialects/dialect.js";
import type { RevisionMap } from "../script/graph/types.js";
import type { Script } from "../script/script.js";
import { fileChecksum, sourceChecksum } from "../script/source-checksum.js";
import { ancestorsOf } from "../script/graph/traverse.js";

/** An applied revision whose file is not what was applied. */
export interface ChangedRevision {
  readonly revision: string;
  /** The file it was applied from (its name) and, where it still exists, where it is now. */
  readonly appliedFrom: string;
  readonly path: string | null;
  readonly change: "changed" | "deleted";
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

  /** An upgrade of `script` is being recorded. `source`: its text as it was imported, when known. */
  async applied(script: Script, source?: string): Promise<void> {
    const sqls = await this.appliedStatements(script, source);
    for (const sql of sqls) await this.conn.query(sql);
    if (sqls.length > 0) this.known = true;
  }

  /**
   * The statements that record an upgrade of `script`, for the caller to run in order (with the
   * version table's, in one round trip where the driver can); run them, then call `created()`.
   */
  async appliedStatements(script: Script, source?: string): Promise<string[]> {
    const sum = source === undefined ? fileChecksum(script.path) : sourceChecksum(source);
    if (sum === null) return [];
    const out: string[] = [];
    if (!(await this.exists())) out.push(this.createSql());
    out.push(`DELETE FROM ${this.qualified} WHERE version_num = ${this.lit(script.revision)}`);
    out.push(
      `INSERT INTO ${this.qualified} (version_num, checksum, file_name) VALUES (${this.lit(script.revision)}, ${this.lit(sum)}, ${this.lit(basename(script.path))})`,
    );
    return out;
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

  /** The statements of appliedStatements() ran: the table exists now. */
  created(): void {
    this.known = true;
  }

  /** A downgrade of `revision` is being recorded. */
  async reverted(revision: string): Promise<void> {
    for (const sql of await this.revertedStatements(revision)) await this.conn.query(sql);
  }

  async revertedStatements(revision: string): Promise<string[]> {
    return (await this.exists()) ? [`DELETE FROM ${this.qualified} WHERE version_num = ${this.lit(revision)}`] : [];
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
  async compare(map: RevisionMap<Script>, heads: readonly string[]): Promise<ChecksumReport> {
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
      const now = script === undefined ? null : fileChecksum(script.path);
      if (script === undefined || now === null) changed.push({ revision, appliedFrom, path: null, change: "deleted" });
      else if (now !== String(row["checksum"])) changed.push({ revision, appliedFrom, path: script.path, change: "changed" });
    }
    return { checked, changed };
  }
}
