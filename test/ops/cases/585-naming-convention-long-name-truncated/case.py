meta = sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_N_name)s"})
t = sa.Table(
    "a_rather_long_table_name_for_conventions",
    meta,
    sa.Column("first_long_column_name", sa.Integer()),
    sa.Column("second_long_column_name", sa.Integer()),
    sa.UniqueConstraint("first_long_column_name", "second_long_column_name"),
)
t.create(op.get_bind())
