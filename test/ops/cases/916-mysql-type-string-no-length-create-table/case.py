op.create_table("note", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("body", sa.String()))
