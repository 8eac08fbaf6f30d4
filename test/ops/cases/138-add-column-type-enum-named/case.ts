await op.addColumn("t", sa.Column("c", sa.Enum("happy", "sad", { name: "mood" })));
