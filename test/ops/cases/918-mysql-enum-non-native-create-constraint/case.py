op.create_table(
    "ticket",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("status", sa.Enum("new", "done", name="ck_status", native_enum=False, create_constraint=True)),
)
