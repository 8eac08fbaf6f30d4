await op.createTable("t", sa.Column("x"));
