await op.addColumn("t", sa.Column("we`ird", sa.Integer()));
