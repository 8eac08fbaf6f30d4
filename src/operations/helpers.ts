/**
 * The helpers every operations object has, `op` and the `batchOp` of a batch alike (Alembic's
 * AbstractOperations): they build values or reach the run, and queue nothing.
 */
import { bindparam, type BindParam } from "../schema/expressions.js";
import { conv, type ConvName } from "../schema/naming-name.js";
import type { TypeLike } from "../schema/types.js";
import { isOptions } from "../schema/item.js";
import { currentRun } from "./op-context.js";
import type { Bind } from "../runtime/bind.js";

/** What migrations use of the runtime's MigrationContext (the runtime's object has more). */
export interface OpMigrationContext {
  autocommitBlock<T>(body: () => Promise<T>): Promise<T>;
  readonly [member: string]: unknown;
}

export const opHelpers = Object.freeze({
  /** Render a value inline, online as well as offline (Alembic's inline_literal). */
  inlineLiteral: (value: string | number | boolean | null, type_?: TypeLike | { type_?: TypeLike }): BindParam => {
    const t = type_ === undefined ? undefined : isOptions(type_) ? (type_ as { type_?: TypeLike }).type_ : (type_ as TypeLike);
    return bindparam(null, value, { literalExecute: true, ...(t === undefined ? {} : { type_: t }) });
  },
  /** Mark a name as already converted by the naming convention. */
  f: (name: string): ConvName => conv(name),
  getBind: (): Bind => currentRun().bind(),
  getContext: (): OpMigrationContext => currentRun().migrationContext as OpMigrationContext,
});
