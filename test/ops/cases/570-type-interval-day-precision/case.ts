await op.addColumn("t", sa.Column("c", postgresql.INTERVAL({ fields: "DAY", precision: 3 })));
