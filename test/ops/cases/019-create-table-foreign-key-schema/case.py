op.create_table(
    "address",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("user_id", sa.Integer()),
    sa.ForeignKeyConstraint(["user_id"], ["auth.user.id"], name="fk_addr_user"),
    schema="app",
)
