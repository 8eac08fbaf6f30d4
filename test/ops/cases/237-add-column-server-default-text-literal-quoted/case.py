op.add_column("account", sa.Column("kind", sa.String(10), server_default=sa.text("'basic'")))
