op.create_table("scratch", sa.Column("id", sa.Integer()), prefixes=["TEMPORARY"], mysql_engine="MEMORY")
