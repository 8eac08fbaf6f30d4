/**
 * Executable DDL constructs: `sa.DDL("...")`, `sa.schema.CreateTable(t)`, `AddConstraint(c)`...
 * given to `op.execute`, and what `t.create(bind)` / `seq.create(bind)` ask the bind to run.
 */
import { SA, type Branded } from "./item.js";
import { expectArg } from "../util/expect-arg.js";
import type { Constraint, Index } from "./constraints.js";
import type { Sequence } from "./sequence.js";
import type { MetaData, Table } from "./table.js";
import type { SqlType } from "./types.js";

export type DdlElement = Branded<"ddl"> & (
  | { readonly element: "DDL"; readonly text: string }
  | { readonly element: "CreateTable"; readonly table: Table }
  | { readonly element: "DropTable"; readonly table: Table }
  | { readonly element: "AddConstraint"; readonly constraint: Constraint }
  | { readonly element: "DropConstraint"; readonly constraint: Constraint; readonly cascade: boolean }
  | { readonly element: "CreateIndex"; readonly index: Index }
  | { readonly element: "DropIndex"; readonly index: Index }
  | { readonly element: "CreateSequence"; readonly sequence: Sequence }
  | { readonly element: "DropSequence"; readonly sequence: Sequence }
  | { readonly element: "CreateEnum"; readonly type: SqlType }
  | { readonly element: "DropEnum"; readonly type: SqlType }
  /** What `t.create(bind)` runs: events, CREATE TABLE, indexes, comments (SQLAlchemy's SchemaGenerator). */
  | { readonly element: "TableCreate"; readonly table: Table }
  | { readonly element: "TableDrop"; readonly table: Table }
  | { readonly element: "MetaDataCreate"; readonly metadata: MetaData }
  | { readonly element: "MetaDataDrop"; readonly metadata: MetaData }
);

type Payload<E extends DdlElement["element"]> = Omit<Extract<DdlElement, { element: E }>, typeof SA | "element">;

export function ddlElement<E extends DdlElement["element"]>(element: E, payload: Payload<E>): DdlElement {
  return Object.freeze({ [SA]: "ddl" as const, element, ...payload }) as unknown as DdlElement;
}

/** `sa.DDL(text)`: SQL run verbatim ("%%" is a literal percent, as DDL %-formats its text). */
export const DDL = (text: string): DdlElement => {
  expectArg("sa.DDL", "statement", "a string", typeof text === "string", text);
  return ddlElement("DDL", { text: text.replaceAll("%%", "%") });
};

/** The `sa.schema` namespace's DDL constructs. */
export const CreateTable = (table: Table): DdlElement => ddlElement("CreateTable", { table });
export const DropTable = (table: Table): DdlElement => ddlElement("DropTable", { table });
export const AddConstraint = (constraint: Constraint): DdlElement => ddlElement("AddConstraint", { constraint });
export const DropConstraint = (constraint: Constraint, o: { cascade?: boolean } = {}): DdlElement =>
  ddlElement("DropConstraint", { constraint, cascade: o.cascade ?? false });
export const CreateIndex = (index: Index): DdlElement => ddlElement("CreateIndex", { index });
export const DropIndex = (index: Index): DdlElement => ddlElement("DropIndex", { index });
export const CreateSequence = (sequence: Sequence): DdlElement => ddlElement("CreateSequence", { sequence });
export const DropSequence = (sequence: Sequence): DdlElement => ddlElement("DropSequence", { sequence });
