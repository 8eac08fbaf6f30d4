await op.createIndex(
  "ix_t_x",
  "t",
  ["x"],
  { postgresqlUsing: "gist", postgresqlWith: { buffering: "on", fillfactor: 80 } },
);
