op.add_column("t", sa.Column("x", sa.Integer(), server_default=sa.func.coalesce(sa.literal_column("NULL"), 1)))
