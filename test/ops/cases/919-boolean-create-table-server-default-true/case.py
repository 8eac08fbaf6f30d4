op.create_table(
    "flag",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("on", sa.Boolean(), server_default=sa.true(), nullable=False),
)
