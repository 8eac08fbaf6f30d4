op.create_table(
    "membership",
    sa.Column("user_id", sa.Integer(), nullable=False),
    sa.Column("group_id", sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint("user_id", "group_id"),
)
