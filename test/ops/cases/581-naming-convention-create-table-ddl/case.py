meta = sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_N_name)s", "pk": "pk_%(table_name)s"})
t = sa.Table(
    "membership",
    meta,
    sa.Column("user_id", sa.Integer(), primary_key=True),
    sa.Column("group_id", sa.Integer(), primary_key=True),
    sa.Column("role", sa.String(20)),
    sa.UniqueConstraint("user_id", "role"),
)
op.execute(sa.schema.CreateTable(t))
