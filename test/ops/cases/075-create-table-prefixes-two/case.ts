await op.createTable("t", sa.Column("id", sa.Integer()), { prefixes: ["TEMPORARY", "UNLOGGED"] });
