op.create_table(
    "t",
    sa.Column("flag", sa.Boolean(create_constraint=True, name="ck_t_flag")),
)
