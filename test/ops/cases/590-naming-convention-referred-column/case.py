meta = sa.MetaData(
    naming_convention={"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s_%(referred_column_0_name)s"}
)
sa.Table("user", meta, sa.Column("uid", sa.Integer(), primary_key=True))
t = sa.Table("post", meta, sa.Column("author", sa.Integer(), sa.ForeignKey("user.uid")))
t.create(op.get_bind())
