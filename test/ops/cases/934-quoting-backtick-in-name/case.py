op.add_column("t", sa.Column("we`ird", sa.Integer()))
