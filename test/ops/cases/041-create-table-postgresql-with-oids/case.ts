await op.createTable("legacy", sa.Column("id", sa.Integer()), { postgresqlWithOids: false });
