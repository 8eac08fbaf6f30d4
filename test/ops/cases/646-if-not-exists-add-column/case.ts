await op.addColumn("account", sa.Column("age", sa.Integer()), { ifNotExists: true });
