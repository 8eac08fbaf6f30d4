op.create_table("account", sa.Column("id", sa.Integer(), primary_key=True), if_not_exists=True)
