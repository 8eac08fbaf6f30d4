op.create_table(
    "big",
    sa.Column("id", sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
)
op.create_table(
    "small",
    sa.Column("id", sa.SmallInteger(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
)
op.create_table(
    "big_upper",
    sa.Column("id", sa.BIGINT(), primary_key=True),
)
op.create_table(
    "small_upper",
    sa.Column("id", sa.SMALLINT(), primary_key=True),
)
