op.add_column("t", sa.Column("c", postgresql.INTERVAL(fields="DAY", precision=3)))
