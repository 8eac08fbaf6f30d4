op.create_table(
    "account",
    sa.Column(
        "id",
        sa.BigInteger(),
        sa.Identity(always=True, start=100, increment=10, minvalue=100, maxvalue=100000, cycle=False, cache=50),
        primary_key=True,
    ),
)
