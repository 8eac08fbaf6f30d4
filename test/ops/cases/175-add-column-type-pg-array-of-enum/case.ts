await op.addColumn("t", sa.Column("c", postgresql.ARRAY(sa.Enum("r", "g", { name: "color" }))));
