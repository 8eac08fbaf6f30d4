op.create_table("account", sa.Column("id", sa.Integer()), schema="my.schema")
