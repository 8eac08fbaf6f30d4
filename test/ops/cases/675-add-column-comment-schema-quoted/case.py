op.add_column("Order", sa.Column("Note", sa.Text(), comment="n'b"), schema="Sales")
