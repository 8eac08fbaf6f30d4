await op.createUniqueConstraint("uq_account_tenant_email", "account", ["tenant_id", "email"]);
