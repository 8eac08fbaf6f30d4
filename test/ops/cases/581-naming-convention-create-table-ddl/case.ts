const meta = sa.MetaData({
  namingConvention: { uq: "uq_%(table_name)s_%(column_0_N_name)s", pk: "pk_%(table_name)s" },
});
const t = sa.Table(
  "membership",
  meta,
  sa.Column("user_id", sa.Integer(), { primaryKey: true }),
  sa.Column("group_id", sa.Integer(), { primaryKey: true }),
  sa.Column("role", sa.String(20)),
  sa.UniqueConstraint("user_id", "role"),
);
await op.execute(sa.schema.CreateTable(t));
