// The recorded corpus (see ../FORMAT.md), as the harness reads it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type IdField = string | readonly string[] | null;

export interface CaseRevision {
  readonly revision: string;
  readonly downRevision: IdField;
  readonly branchLabels: IdField;
  readonly dependsOn: IdField;
  readonly location: number;
  readonly message: string;
  readonly fileName: string;
  readonly docstring: string;
  readonly upgradeSql: string | null;
  readonly downgradeSql: string | null;
}

export type StepMode = "graph" | "offline" | "online";

export interface CaseStep {
  readonly argv: readonly string[];
  readonly mode: StepMode;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Online steps only (null for graph and offline steps in the current format). */
  readonly runLog: readonly string[] | null;
  readonly warnings: readonly string[];
  readonly versionTable: readonly string[] | null;
  readonly alembicCrashed?: true;
  readonly exception?: string;
  readonly hashOrderDependent?: true;
}

export interface GraphCase {
  readonly name: string;
  readonly seed: number;
  readonly shapes: readonly string[];
  readonly online: boolean;
  readonly versionLocations: readonly string[];
  readonly revisions: readonly CaseRevision[];
  readonly steps: readonly CaseStep[];
}

/** Case file names in sorted order, optionally only those whose name contains one of `only`. */
export function listCases(dir: string, only: readonly string[] = []): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
}

export function readCase(dir: string, file: string): GraphCase {
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as GraphCase;
}
