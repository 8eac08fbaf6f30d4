await op.createTable("t", sa.Column("id", sa.Numeric(10, 0), { primaryKey: true }));
