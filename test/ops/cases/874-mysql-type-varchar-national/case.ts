await op.addColumn("t", sa.Column("c", mysql.VARCHAR(50, { national: true })));
