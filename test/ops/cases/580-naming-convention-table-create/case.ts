const meta = sa.MetaData({
  namingConvention: {
    ix: "ix_%(column_0_label)s",
    uq: "uq_%(table_name)s_%(column_0_name)s",
    ck: "ck_%(table_name)s_%(constraint_name)s",
    fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    pk: "pk_%(table_name)s",
  },
});
const account = sa.Table(
  "account",
  meta,
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("email", sa.String(200), { unique: true }),
  sa.Column("age", sa.Integer()),
  sa.Column("name", sa.String(50), { index: true }),
  sa.CheckConstraint("age > 0", { name: "age_positive" }),
);
await account.create(op.getBind());
