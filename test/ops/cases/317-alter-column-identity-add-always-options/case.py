op.alter_column(
    "account",
    "id",
    server_default=sa.Identity(always=True, start=10, increment=5, minvalue=1, maxvalue=1000, cycle=True, cache=20),
    existing_server_default=None,
    existing_type=sa.Integer(),
)
