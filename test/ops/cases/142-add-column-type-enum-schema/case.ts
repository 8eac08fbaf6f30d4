await op.addColumn("t", sa.Column("c", sa.Enum("x", "y", { name: "xy", schema: "other" })));
