op.create_table(
    "a",
    sa.Column("id", sa.Integer(), sa.ForeignKey("challenges.id"), primary_key=True, autoincrement="ignore_fk"),
)
op.create_table(
    "b",
    sa.Column("id", sa.BigInteger(), nullable=False, autoincrement="ignore_fk"),
    sa.ForeignKeyConstraint(["id"], ["challenges.id"]),
    sa.PrimaryKeyConstraint("id"),
)
op.create_table(
    "c",
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement="ignore_fk"),
)
