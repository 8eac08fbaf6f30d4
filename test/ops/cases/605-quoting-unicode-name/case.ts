await op.createTable("café", sa.Column("naïve", sa.Integer()), sa.Column("名前", sa.Text()));
