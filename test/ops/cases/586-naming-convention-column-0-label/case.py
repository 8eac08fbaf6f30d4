meta = sa.MetaData(naming_convention={"ix": "ix_%(column_0_label)s"})
t = sa.Table("account", meta, sa.Column("email", sa.String(100), index=True), schema="billing")
t.create(op.get_bind())
