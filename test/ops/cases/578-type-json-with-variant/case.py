op.add_column("t", sa.Column("c", sa.JSON().with_variant(postgresql.JSONB(), "postgresql")))
