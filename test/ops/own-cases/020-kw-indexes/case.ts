await op.createIndex({ indexName: "ix_a_x", tableName: "a", columns: ["x"] });
await op.createIndex({
  indexName: "ix_a_y",
  tableName: "a",
  columns: ["y", "z"],
  unique: true,
  schema: "s",
});
await op.createIndex({
  indexName: "ix_a_lower",
  tableName: "a",
  columns: [sa.text("lower(name)")],
  postgresqlUsing: "btree",
});
await op.dropIndex({ indexName: "ix_a_x", tableName: "a" });
await op.dropIndex({ indexName: "ix_a_y", schema: "s" });
