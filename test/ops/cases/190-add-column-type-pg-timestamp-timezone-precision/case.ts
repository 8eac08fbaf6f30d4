await op.addColumn("t", sa.Column("c", postgresql.TIMESTAMP({ timezone: true, precision: 6 })));
