await op.addColumn("t", sa.Column("c", sa.Enum("a", "b")));
