op.add_column("account", sa.Column("note", sa.Text()), schema="billing")
