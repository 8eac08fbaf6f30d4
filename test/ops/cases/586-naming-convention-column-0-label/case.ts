const meta = sa.MetaData({ namingConvention: { ix: "ix_%(column_0_label)s" } });
const t = sa.Table(
  "account",
  meta,
  sa.Column("email", sa.String(100), { index: true }),
  { schema: "billing" },
);
await t.create(op.getBind());
