op.add_column("Account", sa.Column("LastLogin", sa.DateTime()), schema="Billing")
