op.create_table(
    "a",
    sa.Column("id", sa.Integer(), sa.ForeignKey("challenges.id"), primary_key=True, autoincrement=True),
)
op.create_table(
    "b",
    sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
    sa.ForeignKeyConstraint(["id"], ["challenges.id"]),
    sa.PrimaryKeyConstraint("id"),
)
