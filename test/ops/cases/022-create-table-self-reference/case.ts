await op.createTable(
  "node",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("parent_id", sa.Integer(), sa.ForeignKey("node.id")),
);
