await op.createTable("SELECT", sa.Column("FROM", sa.Integer()));
