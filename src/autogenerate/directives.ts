/**
 * The revision directives that processRevisionDirectives(context, revision, directives) receives
 * and may edit (Alembic's ops.MigrationScript, UpgradeOps, DowngradeOps): plain mutable objects,
 * so that a hook can change the message or id, filter `upgradeOps.ops`, add scripts or empty the
 * list (then no file is written).
 */
import { fail } from "../util/errors.js";
import type { AutogenItem } from "./migration-ops.js";

export class UpgradeOps {
  constructor(public ops: AutogenItem[] = [], public upgradeToken = "upgrades") {}
  /** Alembic's OpContainer.is_empty(). */
  isEmpty(): boolean { return this.ops.length === 0; }
}

export class DowngradeOps {
  constructor(public ops: AutogenItem[] = [], public downgradeToken = "downgrades") {}
  isEmpty(): boolean { return this.ops.length === 0; }
}

export interface MigrationScriptArgs {
  readonly revId: string;
  readonly message: string | null;
  readonly head: string | readonly string[];
  readonly splice: boolean;
  readonly branchLabel: string | readonly string[] | null;
  readonly versionPath: string | null;
  readonly dependsOn: string | readonly string[] | null;
}

export class MigrationScript {
  revId: string;
  message: string | null;
  head: string | readonly string[];
  splice: boolean;
  branchLabel: string | readonly string[] | null;
  versionPath: string | null;
  dependsOn: string | readonly string[] | null;
  /** Namespaces to import besides op and sa (`postgresql`), added to what rendering finds. */
  imports: Set<string> = new Set();
  upgradeOpsList: UpgradeOps[] = [new UpgradeOps()];
  downgradeOpsList: DowngradeOps[] = [new DowngradeOps()];

  constructor(a: MigrationScriptArgs) {
    this.revId = a.revId;
    this.message = a.message;
    this.head = a.head;
    this.splice = a.splice;
    this.branchLabel = a.branchLabel;
    this.versionPath = a.versionPath;
    this.dependsOn = a.dependsOn;
  }

  /** The one UpgradeOps (Alembic raises the same way when there are several: use upgradeOpsList). */
  get upgradeOps(): UpgradeOps {
    if (this.upgradeOpsList.length > 1) fail("This MigrationScript instance has a multiple-entry list for UpgradeOps; please use the upgradeOpsList attribute.");
    return this.upgradeOpsList[0] ?? (this.upgradeOpsList[0] = new UpgradeOps());
  }
  set upgradeOps(v: UpgradeOps | AutogenItem[]) { this.upgradeOpsList = [Array.isArray(v) ? new UpgradeOps(v) : v]; }

  get downgradeOps(): DowngradeOps {
    if (this.downgradeOpsList.length > 1) fail("This MigrationScript instance has a multiple-entry list for DowngradeOps; please use the downgradeOpsList attribute.");
    return this.downgradeOpsList[0] ?? (this.downgradeOpsList[0] = new DowngradeOps());
  }
  set downgradeOps(v: DowngradeOps | AutogenItem[]) { this.downgradeOpsList = [Array.isArray(v) ? new DowngradeOps(v) : v]; }
}

/** processRevisionDirectives(context, revision, directives), from configure() or command.revision(). */
export type ProcessRevisionDirectives = (context: unknown, revision: readonly string[], directives: MigrationScript[]) => unknown;
