await op.createTable(
  "membership",
  sa.Column("user_id", sa.Integer(), { primaryKey: true }),
  sa.Column("group_id", sa.Integer(), { primaryKey: true }),
);
