await op.createTable("t", sa.Column("say \"hi\"", sa.Integer()));
