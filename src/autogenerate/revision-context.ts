/**
 * One `revision` command's directives (Alembic's autogenerate.api.RevisionContext): env.ts runs,
 * each runMigrations() call fills the last script's ops (comparing when --autogenerate), then the
 * command's and configure()'s processRevisionDirectives may edit the list; each script left is
 * rendered and written. An emptied list writes no file, as in Alembic.
 */
import { currentEnvironment } from "../runtime/environment.js";
import type { MigrationContext, MigrationsFn } from "../runtime/migration-context.js";
import { fail } from "../util/errors.js";
import { produceOps } from "./api.js";
import { DowngradeOps, MigrationScript, UpgradeOps, type MigrationScriptArgs, type ProcessRevisionDirectives } from "./directives.js";
import { autogenOptions, type AutogenOptions } from "./options.js";
import { renderBody } from "./render/body.js";
import type { RenderContext } from "./render/values.js";

export interface RevisionContextOptions {
  readonly processRevisionDirectives: ProcessRevisionDirectives | null;
  /** `--rename-hints`: propose renames for a dropped and an added column of one type. */
  readonly renameHints: boolean;
}

export class RevisionContext {
  readonly generatedRevisions: MigrationScript[];
  private last: { options: AutogenOptions; context: MigrationContext } | null = null;
  private rendered = new WeakSet<MigrationScript>();

  constructor(args: MigrationScriptArgs, private readonly o: RevisionContextOptions) {
    this.generatedRevisions = [new MigrationScript(args)];
  }

  /** The MigrationsFn env.ts's runMigrations() runs: compares (or not), then the hooks. */
  fn(autogenerate: boolean): MigrationsFn {
    return async (heads, context) => {
      const env = currentEnvironment();
      const options = autogenOptions(context.opts, context.versionTableName);
      const renameHints = this.o.renameHints && options.renameHints === false ? true : options.renameHints;
      const script = this.generatedRevisions.at(-1);
      if (script !== undefined && this.rendered.has(script)) {
        // A second database (multidb): its ops go in a list of their own.
        script.upgradeOpsList.push(new UpgradeOps());
        script.downgradeOpsList.push(new DowngradeOps());
      }
      this.last = { options, context };
      if (autogenerate && script !== undefined) {
        const scriptHeads = env.getHeadRevisions();
        const same = heads.length === scriptHeads.length && heads.every((h) => scriptHeads.includes(h));
        if (!same) fail("Target database is not up to date.");
        const conn = context.connection ?? fail("autogenerate can't use as_sql=True as it prints out SQL scripts. Use a connection.");
        if (options.targetMetadata.length === 0) {
          fail("Can't proceed with --autogenerate option; environment script env.ts does not provide a MetaData object or sequence of objects to the context.");
        }
        const info = (m: string) => env.log("INFO", m, "retort.autogenerate.compare");
        const { ops } = await produceOps(context.dialect, conn, { ...options, renameHints }, info);
        script.upgradeOpsList.at(-1)!.ops.push(...ops.upgradeOps);
        script.downgradeOpsList.at(-1)!.ops.push(...ops.downgradeOps);
      }
      await this.o.processRevisionDirectives?.(context, heads, this.generatedRevisions);
      await options.processRevisionDirectives?.(context, heads, this.generatedRevisions);
      for (const s of this.generatedRevisions) this.rendered.add(s);
      return [];
    };
  }

  /** Whether env.ts ran runMigrations() (and so the scripts are rendered from ops, as Alembic's _needs_render). */
  get ran(): boolean { return this.last !== null; }

  /** The template values of one script: its bodies and imports, rendered with the last database's options. */
  templateValues(script: MigrationScript): Record<string, string> {
    const last = this.last;
    if (last === null || !this.rendered.has(script)) return {};
    const imports = new Set<string>(script.imports);
    const ctx: RenderContext = {
      dialect: last.context.dialect, compiler: last.context.dialect.compiler({ offline: false }), imports,
      renderItem: last.options.renderItem, userModulePrefix: last.options.userModulePrefix, inBatch: false, renderAsBatch: last.options.renderAsBatch,
    };
    const up = script.upgradeOpsList.map((u) => renderBody(u.ops, ctx));
    const down = script.downgradeOpsList.map((d) => renderBody(d.ops, ctx));
    // The template puts each body after its own two-space indent.
    const strip = (body: string) => body.replace(/^ {2}/, "");
    return {
      upgrades: strip(up.join("\n")),
      downgrades: strip(down.join("\n")),
      imports: importLines([...imports]),
    };
  }
}

/** Namespace names in one import from retort-migrate, then whole lines a hook added, each sorted. */
function importLines(entries: readonly string[]): string {
  const names = entries.filter((e) => /^[A-Za-z_$][\w$]*$/.test(e)).sort();
  const lines = entries.filter((e) => !names.includes(e)).sort();
  return [...(names.length === 0 ? [] : [`import { ${names.join(", ")} } from "retort-migrate";`]), ...lines].join("\n");
}
