await op.createTable(
  "orders",
  sa.Column("id", sa.Integer(), sa.Sequence("orders_id_seq"), { primaryKey: true }),
  sa.Column("n", sa.Integer()),
);
