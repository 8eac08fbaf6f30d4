op.create_table(
    "address",
    sa.Column("id", sa.INTEGER(), autoincrement=True, nullable=False),
    sa.Column("user_id", sa.INTEGER(), autoincrement=False, nullable=True),
    sa.ForeignKeyConstraint(["user_id"], ["user.id"], name="address_user_id_fkey", ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name="address_pkey"),
)
op.create_index("ix_address_user_id", "address", ["user_id"], unique=False)
