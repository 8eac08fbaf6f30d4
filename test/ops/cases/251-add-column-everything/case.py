op.add_column(
    "account",
    sa.Column(
        "owner_id",
        sa.BigInteger(),
        sa.ForeignKey("owner.id", ondelete="CASCADE"),
        nullable=False,
        server_default="1",
        comment="owning user",
        index=True,
    ),
)
