op.add_column("account", sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()")))
