await op.addColumn("t", sa.Column("c", sa.Float({ precision: 10, asdecimal: true })));
