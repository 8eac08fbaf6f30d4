await op.createTable(
  "t",
  sa.Column("name", sa.String(10)),
  sa.Column("type", sa.String(10)),
  sa.Column("value", sa.Integer()),
  sa.Column("key", sa.String(10)),
  sa.Column("level", sa.Integer()),
  sa.Column("date", sa.Date()),
  sa.Column("time", sa.Time()),
  sa.Column("timestamp", sa.DateTime()),
  sa.Column("text", sa.Text()),
  sa.Column("comment", sa.Text()),
);
