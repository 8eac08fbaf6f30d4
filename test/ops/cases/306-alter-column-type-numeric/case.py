op.alter_column("account", "balance", type_=sa.Numeric(14, 4), existing_type=sa.Numeric(10, 2))
