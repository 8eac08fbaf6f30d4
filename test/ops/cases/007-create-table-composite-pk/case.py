op.create_table(
    "membership",
    sa.Column("user_id", sa.Integer(), primary_key=True),
    sa.Column("group_id", sa.Integer(), primary_key=True),
)
