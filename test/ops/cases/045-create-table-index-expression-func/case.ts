await op.createTable(
  "tag",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("name", sa.String(50)),
  sa.Index("ix_tag_name_lower", sa.func.lower(sa.column("name"))),
);
