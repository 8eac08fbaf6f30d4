await op.addColumn("account", sa.Column("age", sa.Integer(), { nullable: false }));
