const meta = sa.MetaData({
  namingConvention: { fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s" },
});
sa.Table("user", meta, sa.Column("id", sa.Integer(), { primaryKey: true }));
const address = sa.Table(
  "address",
  meta,
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id")),
);
await address.create(op.getBind());
