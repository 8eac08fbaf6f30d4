await op.addColumn("t", sa.Column("c", sa.JSON().with_variant(postgresql.JSONB(), "postgresql")));
