await op.createTable("t", sa.Column("v", sa.Enum("it's", "plain", "a b", { name: "quirky" })));
