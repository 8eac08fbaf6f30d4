op.add_column("account", sa.Column("tags", postgresql.ARRAY(sa.Text()), server_default="{}"))
