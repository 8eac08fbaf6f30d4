await op.addColumn("account", sa.Column("status", sa.String(20), { nullable: true }));
const account = sa.table("account", sa.column("status", sa.String()));
await op.execute(account.update().values({ status: "active" }));
await op.alterColumn("account", "status", { nullable: false, existingType: sa.String(20) });
