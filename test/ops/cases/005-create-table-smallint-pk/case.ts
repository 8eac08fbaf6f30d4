await op.createTable("flag", sa.Column("id", sa.SmallInteger(), { primaryKey: true }));
