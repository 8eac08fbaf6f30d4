await op.addColumn("t", sa.Column("created_at", sa.DateTime(), { serverDefault: sa.func.now() }));
