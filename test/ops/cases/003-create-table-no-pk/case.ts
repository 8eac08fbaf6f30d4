await op.createTable("log", sa.Column("message", sa.Text()), sa.Column("level", sa.SmallInteger()));
