meta = sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"})
uq = sa.UniqueConstraint("email")
sa.Table("account", meta, sa.Column("email", sa.String(200)), uq)
op.execute(sa.schema.AddConstraint(uq))
