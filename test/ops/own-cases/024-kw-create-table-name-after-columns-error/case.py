op.create_table(sa.Column("id", sa.Integer(), primary_key=True), table_name="t")
