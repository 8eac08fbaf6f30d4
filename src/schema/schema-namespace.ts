/** `sa.schema`: the DDL constructs and schema classes under SQLAlchemy's sqlalchemy.schema. */
export {
  AddConstraint, CreateIndex, CreateSequence, CreateTable, DDL, DropConstraint, DropIndex, DropSequence, DropTable,
} from "./ddl-elements.js";
export { Column, ForeignKey } from "./column.js";
export { CheckConstraint, ForeignKeyConstraint, Index, PrimaryKeyConstraint, UniqueConstraint } from "./constraints.js";
export { MetaData, Table } from "./table.js";
export { Sequence, Identity, Computed } from "./sequence.js";
