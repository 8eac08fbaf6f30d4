const meta = sa.MetaData({
  namingConvention: {
    fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s_%(referred_column_0_name)s",
  },
});
sa.Table("user", meta, sa.Column("uid", sa.Integer(), { primaryKey: true }));
const t = sa.Table("post", meta, sa.Column("author", sa.Integer(), sa.ForeignKey("user.uid")));
await t.create(op.getBind());
