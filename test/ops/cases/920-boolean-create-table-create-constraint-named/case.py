op.create_table(
    "flag",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("active", sa.Boolean(create_constraint=True, name="ck_flag_active")),
)
