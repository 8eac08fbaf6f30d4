await op.addColumn("t", sa.Column("c", mysql.INTEGER({ displayWidth: 11, unsigned: true })));
