await op.createTable("s", sa.Column("id", sa.String(36), { primaryKey: true, autoincrement: true }));
