with op.batch_alter_table(
    "account",
    naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"},
) as batch_op:
    batch_op.create_unique_constraint(None, ["email"])
