/** What autogenerate needs to know of PostgreSQL: where its types render from, its type synonyms, how it reports defaults. */
import type { SqlType } from "../../schema/types.js";

// The types SQLAlchemy 1.4's PostgreSQL reflection returns from sqlalchemy.dialects.postgresql.
const OWN = new Set(["JSONB", "INET", "CITEXT", "CIDR", "MACADDR", "MACADDR8", "MONEY", "OID", "REGCLASS", "TSVECTOR", "HSTORE", "BYTEA",
  "INT4RANGE", "INT8RANGE", "NUMRANGE", "DATERANGE", "TSRANGE", "TSTZRANGE", "UUID", "ARRAY", "INTERVAL", "BIT", "ENUM", "DOUBLE_PRECISION"]);

export function autogenTypeModule(t: SqlType): string | null {
  if (OWN.has(t.name)) return "postgresql";
  // postgresql.TIMESTAMP / TIME carry a precision where sa.TIMESTAMP has none.
  if ((t.name === "TIMESTAMP" || t.name === "TIME") && "precision" in t) return "postgresql";
  return null;
}

const FLOATS = new Set(["float", "numeric"]);

/** FLOAT is stored as DOUBLE PRECISION (REAL below 25 bits of precision), as PostgreSQL reports it back. */
export function typesEquivalent(reflected: SqlType, declared: SqlType): boolean | null {
  if (declared.family === "float" && reflected.family === "float") {
    const want = declared.name === "REAL" || (declared.precision != null && declared.precision <= 24) ? "REAL" : "DOUBLE";
    const got = reflected.name === "REAL" ? "REAL" : "DOUBLE";
    return want === got;
  }
  if (FLOATS.has(declared.family) && declared.family !== reflected.family) return false;
  if (declared.family === "enum" && reflected.family === "enum") {
    // A named type's values are compared as the type's (enumTypeChange), not per column.
    if (declared.enumSpec?.createType !== false && declared.enumSpec?.name != null) return declared.enumSpec.name === reflected.enumSpec?.name;
    const a = declared.enumSpec?.values ?? [];
    const b = reflected.enumSpec?.values ?? [];
    return a.length === b.length && a.every((v, i) => v === b[i]) && (declared.enumSpec?.name ?? null) === (reflected.enumSpec?.name ?? null);
  }
  return null;
}

// A cast to a type name, which may be schema-qualified and quoted (`::inv.status`, `::"Inv"."Mood"`).
const NAME = String.raw`(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$ ]*)`;
const CAST = new RegExp(String.raw`::${NAME}(?:\.${NAME})?(\(\d+(,\s*\d+)?\))?(\[\])*(?=$|\))`, "gi");

/**
 * A default as PostgreSQL reports it back: `'x'::text` and `'x'::character varying` lose the cast,
 * CURRENT_TIMESTAMP is now(), and a bare number or boolean loses quotes.
 */
export function normalizeServerDefault(sql: string): string {
  let s = sql.trim();
  while (/^\((.*)\)$/s.test(s)) s = s.slice(1, -1).trim();
  s = s.replace(CAST, "");
  const lower = s.toLowerCase();
  if (lower === "current_timestamp" || lower === "now()" || lower === "current_timestamp()") return "now()";
  if (/^'-?\d+(\.\d+)?'$/.test(s)) return s.slice(1, -1);
  if (lower === "'true'" || lower === "'t'") return "true";
  if (lower === "'false'" || lower === "'f'") return "false";
  return s;
}
