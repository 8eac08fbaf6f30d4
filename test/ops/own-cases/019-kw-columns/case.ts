await op.addColumn({ tableName: "a", column: sa.Column("x", sa.Integer(), { nullable: true }) });
await op.addColumn({ tableName: "a", column: sa.Column("y", sa.String(20)), schema: "s" });
await op.alterColumn({ tableName: "a", columnName: "x", nullable: false });
await op.alterColumn({
  tableName: "a",
  columnName: "y",
  type_: sa.Text(),
  existingType: sa.String(20),
  schema: "s",
});
await op.dropColumn({ tableName: "a", columnName: "x" });
