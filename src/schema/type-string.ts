import type { SqlType } from "./types.js";

/** How SQLAlchemy's str(type) names a type in its error messages (its generic compilation). */
export function genericTypeName(t: SqlType): string {
  const names: Record<string, string> = {
    NullType: "NULL", DateTime: "DATETIME", LargeBinary: "BLOB", Uuid: "UUID", PickleType: "BLOB",
    // Interval is a TypeDecorator over DateTime, so it prints as its impl.
    Interval: "DATETIME", Integer: "INTEGER", BigInteger: "BIGINT", SmallInteger: "SMALLINT",
  };
  const strings: Record<string, string> = {
    String: "VARCHAR", VARCHAR: "VARCHAR", Unicode: "VARCHAR", CHAR: "CHAR", NCHAR: "NCHAR", NVARCHAR: "NVARCHAR",
    Text: "TEXT", TEXT: "TEXT", UnicodeText: "TEXT", CLOB: "CLOB", Enum: "VARCHAR",
  };
  const word = strings[t.name];
  if (word !== undefined) {
    let text = word;
    if (t.length !== null && t.length !== undefined && t.length !== 0) text += `(${t.length})`;
    if (t.collation !== null && t.collation !== undefined && t.collation !== "") text += ` COLLATE "${t.collation}"`;
    return text;
  }
  if (t.name === "Numeric" || t.name === "NUMERIC" || t.name === "DECIMAL") {
    const w = t.name === "DECIMAL" ? "DECIMAL" : "NUMERIC";
    if (t.precision === null || t.precision === undefined) return w;
    return t.scale === null || t.scale === undefined ? `${w}(${t.precision})` : `${w}(${t.precision}, ${t.scale})`;
  }
  return names[t.name] ?? t.name.toUpperCase();
}
