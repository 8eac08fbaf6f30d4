op.create_table(
    "address",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("user_id", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(
        ["user_id"],
        ["user.id"],
        name="fk_address_user",
        ondelete="CASCADE",
        onupdate="SET NULL",
        deferrable=True,
        initially="DEFERRED",
    ),
)
