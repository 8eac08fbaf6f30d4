const meta = sa.MetaData({ namingConvention: { uq: "uq_%(table_name)s_%(column_0_name)s" } });
const uq = sa.UniqueConstraint("email");
sa.Table("account", meta, sa.Column("email", sa.String(200)), uq);
await op.execute(sa.schema.AddConstraint(uq));
