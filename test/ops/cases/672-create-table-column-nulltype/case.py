op.create_table("t", sa.Column("x", sa.types.NullType()))
