meta = sa.MetaData(naming_convention={"pk": "pk_%(table_name)s", "ix": "ix_%(table_name)s_%(column_0_name)s"})
sa.Table("a", meta, sa.Column("id", sa.Integer(), primary_key=True), sa.Column("x", sa.Integer(), index=True))
sa.Table("b", meta, sa.Column("id", sa.Integer(), primary_key=True))
meta.create_all(op.get_bind())
