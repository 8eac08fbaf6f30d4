op.create_table(
    "measurement_2020",
    sa.Column("id", sa.Integer()),
    postgresql_inherits="measurement",
)
