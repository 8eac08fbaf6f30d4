op.create_table("t", sa.Column("x"))
