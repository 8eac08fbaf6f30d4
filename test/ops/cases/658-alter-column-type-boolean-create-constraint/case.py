op.alter_column("t", "flag", type_=sa.Boolean(create_constraint=True, name="ck_t_flag"), existing_type=sa.Integer(), postgresql_using="flag <> 0")
