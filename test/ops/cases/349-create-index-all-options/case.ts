await op.createIndex(
  "ix_everything",
  "account",
  ["email", sa.text("lower(name)")],
  {
    unique: true,
    schema: "billing",
    postgresqlUsing: "btree",
    postgresqlWhere: sa.text("deleted IS false"),
    postgresqlInclude: ["id"],
    postgresqlConcurrently: true,
    postgresqlWith: { fillfactor: 70 },
  },
);
