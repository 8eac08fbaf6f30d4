op.add_column("account", sa.Column("flag", sa.Boolean(create_constraint=True, name="ck_flag_bool")))
