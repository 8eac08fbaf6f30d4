meta = sa.MetaData(naming_convention={"ix": "ix_%(table_name)s_%(column_0_N_name)s"})
account = sa.Table("account", meta, sa.Column("a", sa.Integer()), sa.Column("b", sa.Integer()))
sa.Index(None, account.c.a, account.c.b).create(op.get_bind())
