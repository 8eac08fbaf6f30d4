await op.addColumn("account", sa.Column("email", sa.String(200), { index: true }));
