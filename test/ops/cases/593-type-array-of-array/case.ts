await op.addColumn("t", sa.Column("c", postgresql.ARRAY(postgresql.ARRAY(sa.Integer()))));
