await op.createTable(
  "article",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("slug", sa.String(200), { index: true }),
  sa.Column("code", sa.String(20), { index: true, unique: true }),
);
