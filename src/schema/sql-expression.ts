/**
 * `sa.sql` and `sa.sql.expression`: SQLAlchemy's modules of expression constructs, which
 * migrations reach through them (`server_default=sa.sql.expression.false()`).
 */
export {
  text, func, literal, literal_column, bindparam, cast, column,
  true_, false_, null_, true_ as true, false_ as false, null_ as null, and_, or_, not_,
} from "./expressions.js";
export { table } from "./table.js";
export { select, insertStatement as insert, updateStatement as update, deleteStatement as delete } from "./dml.js";
