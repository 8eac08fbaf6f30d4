op.create_index(
    "ix_everything",
    "account",
    ["email", sa.text("lower(name)")],
    unique=True,
    schema="billing",
    postgresql_using="btree",
    postgresql_where=sa.text("deleted IS false"),
    postgresql_include=["id"],
    postgresql_concurrently=True,
    postgresql_with={"fillfactor": 70},
)
