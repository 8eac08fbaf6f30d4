op.create_table("SELECT", sa.Column("FROM", sa.Integer()))
