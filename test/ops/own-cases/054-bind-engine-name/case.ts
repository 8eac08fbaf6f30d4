const bind = op.getBind();
if (bind.engine.name === "mysql") {
  await op.dropIndex("ix_a", { tableName: "t" });
}
if (bind.dialect.name === "postgresql") {
  await op.createIndex("ix_b", "t", ["b"]);
}
