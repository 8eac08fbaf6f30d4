op.add_column("t", sa.Column("c", postgresql.INTERVAL(fields="MINUTE TO SECOND", precision=2)))
