await op.addColumn("account", sa.Column("last_login", sa.DateTime()));
