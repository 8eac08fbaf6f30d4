await op.createPrimaryKey("PK_Account", "Account", ["Id", "order"], { schema: "Billing" });
