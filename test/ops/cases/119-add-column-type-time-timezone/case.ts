await op.addColumn("t", sa.Column("c", sa.Time({ timezone: true })));
