await op.addColumn("t", sa.Column("c", postgresql.UUID({ asUuid: false })));
