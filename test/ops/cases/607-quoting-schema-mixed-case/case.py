op.create_table("Account", sa.Column("id", sa.Integer(), primary_key=True), schema="Billing")
