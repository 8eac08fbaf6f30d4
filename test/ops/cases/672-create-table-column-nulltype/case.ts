await op.createTable("t", sa.Column("x", sa.types.NullType()));
