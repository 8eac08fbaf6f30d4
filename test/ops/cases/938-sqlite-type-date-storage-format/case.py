op.add_column("t", sa.Column("c", sqlite.DATE(storage_format="%(month)02d/%(day)02d/%(year)04d")))
