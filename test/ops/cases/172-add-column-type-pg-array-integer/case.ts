await op.addColumn("t", sa.Column("c", postgresql.ARRAY(sa.Integer())));
