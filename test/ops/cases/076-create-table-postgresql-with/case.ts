await op.createTable("t", sa.Column("id", sa.Integer()), { postgresqlWith: { fillfactor: 70 } });
