await op.addColumn("t", sa.Column("c", postgresql.INTERVAL(2, "HOUR TO SECOND")));
