op.create_primary_key("PK_Account", "Account", ["Id", "order"], schema="Billing")
