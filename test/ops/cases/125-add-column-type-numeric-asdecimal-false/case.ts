await op.addColumn("t", sa.Column("c", sa.Numeric(8, 3, { asdecimal: false })));
