op.create_table("tmp", sa.Column("id", sa.Integer()))
op.drop_table("tmp")
