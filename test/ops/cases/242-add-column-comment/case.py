op.add_column("account", sa.Column("nick", sa.String(30), comment="public nickname"))
