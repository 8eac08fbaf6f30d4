await op.addColumn("t", sa.Column("c", mysql.SET("a", "b", { retrieveAsBitwise: true })));
