/** `sa.sql`: the expression constructs, and the same again as `sa.sql.expression`. */
export * from "./sql-expression.js";
export * as expression from "./sql-expression.js";
