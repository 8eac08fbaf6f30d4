const meta = sa.MetaData({
  namingConvention: { pk: "pk_%(table_name)s", ix: "ix_%(table_name)s_%(column_0_name)s" },
});
sa.Table(
  "a",
  meta,
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("x", sa.Integer(), { index: true }),
);
sa.Table("b", meta, sa.Column("id", sa.Integer(), { primaryKey: true }));
meta.create_all(op.getBind());
