await op.createIndex(
  "ix_t_name_lower",
  "t",
  [sa.text("lower(name)")],
  { postgresqlUsing: "gin", postgresqlOps: { "lower(name)": "gin_trgm_ops" } },
);
