/**
 * The words SQLAlchemy 1.4's MySQL and MariaDB identifier preparers quote
 * (sqlalchemy/dialects/mysql/reserved_words.py): most are shared, each server reserves a few of its own.
 */

const SHARED = [
  "accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive", "before", "between",
  "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change", "char", "character", "check",
  "collate", "column", "condition", "constraint", "continue", "convert", "create", "cross", "current_date",
  "current_time", "current_timestamp", "current_user", "cursor", "database", "databases", "day_hour",
  "day_microsecond", "day_minute", "day_second", "dec", "decimal", "declare", "default", "delayed", "delete",
  "desc", "describe", "deterministic", "distinct", "distinctrow", "div", "double", "drop", "dual", "each",
  "else", "elseif", "enclosed", "escaped", "except", "exists", "exit", "explain", "false", "fetch", "float",
  "float4", "float8", "for", "force", "foreign", "from", "fulltext", "general", "grant", "group", "having",
  "high_priority", "hour_microsecond", "hour_minute", "hour_second", "if", "ignore", "ignore_server_ids", "in",
  "index", "infile", "inner", "inout", "insensitive", "insert", "int", "int1", "int2", "int3", "int4", "int8",
  "integer", "interval", "into", "is", "iterate", "join", "key", "keys", "kill", "leading", "leave", "left",
  "like", "limit", "linear", "lines", "load", "localtime", "localtimestamp", "lock", "long", "longblob",
  "longtext", "loop", "low_priority", "master_heartbeat_period", "master_ssl_verify_server_cert", "match",
  "maxvalue", "mediumblob", "mediumint", "mediumtext", "middleint", "minute_microsecond", "minute_second",
  "mod", "modifies", "natural", "no_write_to_binlog", "not", "null", "numeric", "on", "optimize", "option",
  "optionally", "or", "order", "out", "outer", "outfile", "over", "partition", "precision", "primary",
  "procedure", "purge", "range", "read", "read_write", "reads", "real", "recursive", "references", "regexp",
  "release", "rename", "repeat", "replace", "require", "resignal", "restrict", "return", "revoke", "right",
  "rlike", "rows", "schema", "schemas", "second_microsecond", "select", "sensitive", "separator", "set",
  "show", "signal", "slow", "smallint", "spatial", "specific", "sql", "sql_big_result", "sql_calc_found_rows",
  "sql_small_result", "sqlexception", "sqlstate", "sqlwarning", "ssl", "starting", "straight_join", "system",
  "table", "terminated", "then", "tinyblob", "tinyint", "tinytext", "to", "trailing", "trigger", "true",
  "undo", "union", "unique", "unlock", "unsigned", "update", "usage", "use", "using", "utc_date", "utc_time",
  "utc_timestamp", "values", "varbinary", "varchar", "varcharacter", "varying", "when", "where", "while",
  "window", "with", "write", "xor", "year_month", "zerofill",
];

/** Reserved by MySQL only: quoted on `mysql://`, bare on `mariadb://`. */
const MYSQL_ONLY = [
  "admin", "array", "cube", "cume_dist", "dense_rank", "empty", "first_value", "function", "generated", "get",
  "get_master_public_key", "grouping", "groups", "io_after_gtids", "io_before_gtids", "json_table", "lag",
  "last_value", "lateral", "lead", "master_bind", "member", "nth_value", "ntile", "of", "optimizer_costs",
  "parse_gcol_expr", "percent_rank", "persist", "persist_only", "rank", "role", "row", "row_number",
  "sql_after_gtids", "sql_before_gtids", "stored", "virtual",
];

/** Reserved by MariaDB only. */
const MARIADB_ONLY = [
  "body", "current_role", "do_domain_ids", "elsif", "goto", "history", "ignore_domain_ids", "intersect",
  "offset", "others", "package", "page_checksum", "parse_vcol_expr", "period", "position", "raise",
  "ref_system_id", "returning", "rowtype", "stats_auto_recalc", "stats_persistent", "stats_sample_pages",
  "system_time", "versioning", "without",
];

export const MYSQL_RESERVED_WORDS: ReadonlySet<string> = new Set([...SHARED, ...MYSQL_ONLY]);
export const MARIADB_RESERVED_WORDS: ReadonlySet<string> = new Set([...SHARED, ...MARIADB_ONLY]);
