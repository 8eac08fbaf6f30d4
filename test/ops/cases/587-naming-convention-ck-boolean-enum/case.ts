const meta = sa.MetaData({ namingConvention: { ck: "ck_%(table_name)s_%(constraint_name)s" } });
const t = sa.Table(
  "account",
  meta,
  sa.Column("active", sa.Boolean({ createConstraint: true, name: "active" })),
  sa.Column("kind", sa.Enum("a", "b", { name: "kind", nativeEnum: false, createConstraint: true })),
);
await t.create(op.getBind());
