meta = sa.MetaData(naming_convention={"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"})
sa.Table("user", meta, sa.Column("id", sa.Integer(), primary_key=True))
address = sa.Table(
    "address",
    meta,
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id")),
)
address.create(op.get_bind())
