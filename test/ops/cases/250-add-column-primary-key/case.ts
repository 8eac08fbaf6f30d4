await op.addColumn("account", sa.Column("id", sa.Integer(), { primaryKey: true }));
