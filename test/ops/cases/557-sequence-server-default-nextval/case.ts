await op.createTable(
  "orders",
  sa.Column(
    "id",
    sa.Integer(),
    { serverDefault: sa.text("nextval('orders_id_seq')"), primaryKey: true },
  ),
);
