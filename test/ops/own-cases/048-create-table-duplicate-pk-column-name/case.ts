await op.createTable(
  "t",
  sa.Column("id", sa.Integer, { primaryKey: true }),
  sa.Column("name", sa.String(50), { index: true }),
  sa.Column("id", sa.BigInteger, { primaryKey: true }),
  sa.Column("name", sa.String(80)),
);
