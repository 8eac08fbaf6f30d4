op.create_index("ix_account_tenant_lower", "account", ["tenant_id", sa.text("lower(name)")])
