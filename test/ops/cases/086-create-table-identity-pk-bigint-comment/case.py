op.create_table(
    "t",
    sa.Column("id", sa.BigInteger(), sa.Identity(always=True), primary_key=True, comment="identity"),
)
