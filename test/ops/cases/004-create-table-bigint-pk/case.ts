await op.createTable("event", sa.Column("id", sa.BigInteger(), { primaryKey: true }));
