op.add_column("t", sa.Column("c", postgresql.INTEGER()))
