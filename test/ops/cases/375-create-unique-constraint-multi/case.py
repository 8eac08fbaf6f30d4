op.create_unique_constraint("uq_account_tenant_email", "account", ["tenant_id", "email"])
