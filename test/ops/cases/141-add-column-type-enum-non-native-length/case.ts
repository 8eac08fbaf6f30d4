await op.addColumn("t", sa.Column("c", sa.Enum("a", "bb", { nativeEnum: false, length: 10 })));
