op.add_column(
    "address",
    sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id", name="fk_address_user_id", ondelete="SET NULL")),
)
