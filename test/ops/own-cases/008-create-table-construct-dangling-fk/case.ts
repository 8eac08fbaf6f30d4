const m = sa.MetaData();
const t = sa.Table(
  "t",
  m,
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("b", sa.Integer(), sa.ForeignKey("u.id")),
);
await op.execute(sa.schema.CreateTable(t));
