meta = sa.MetaData(naming_convention={"ck": "ck_%(table_name)s_%(constraint_name)s"})
t = sa.Table(
    "account",
    meta,
    sa.Column("active", sa.Boolean(create_constraint=True, name="active")),
    sa.Column("kind", sa.Enum("a", "b", name="kind", native_enum=False, create_constraint=True)),
)
t.create(op.get_bind())
