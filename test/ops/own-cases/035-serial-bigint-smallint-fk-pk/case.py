op.create_table(
    "big",
    sa.Column("id", sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(["id"], ["parent.id"]),
    sa.PrimaryKeyConstraint("id"),
)
op.create_table(
    "small",
    sa.Column("id", sa.SmallInteger(), sa.ForeignKey("parent.id"), primary_key=True),
)
