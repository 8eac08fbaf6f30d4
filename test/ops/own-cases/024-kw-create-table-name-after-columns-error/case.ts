await op.createTable(sa.Column("id", sa.Integer(), { primaryKey: true }), { tableName: "t" });
