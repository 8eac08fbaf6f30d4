op.add_column("t", sa.Column("c", mysql.DATETIME(fsp=6), server_default=sa.text("CURRENT_TIMESTAMP(6)")))
