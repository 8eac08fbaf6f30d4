op.create_table(
    "a",
    sa.Column("id", sa.Integer(), nullable=False, autoincrement=False),
    sa.PrimaryKeyConstraint("id"),
)
op.create_table(
    "b",
    sa.Column("id", sa.SmallInteger(), primary_key=True, autoincrement=False),
)
