op.create_table(
    "big",
    sa.Column("id", sa.Integer(), primary_key=True),
    postgresql_tablespace="fast_disk",
)
