await op.createTable("t", sa.Column("id", sa.Integer()), { postgresqlUsing: "heap" });
