await op.createTable("tmp", sa.Column("id", sa.Integer()));
await op.dropTable("tmp");
