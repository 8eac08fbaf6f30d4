const meta = sa.MetaData({ namingConvention: { ix: "ix_%(table_name)s_%(column_0_N_name)s" } });
const account = sa.Table(
  "account",
  meta,
  sa.Column("a", sa.Integer()),
  sa.Column("b", sa.Integer()),
);
await sa.Index(null, account.c.a, account.c.b).create(op.getBind());
