op.add_column("t", sa.Column("c", sa.Boolean(create_constraint=True, name="ck_t_c_bool")))
