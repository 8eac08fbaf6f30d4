op.create_table("t", sa.Column("id", sa.Integer()), prefixes=["TEMPORARY", "UNLOGGED"])
