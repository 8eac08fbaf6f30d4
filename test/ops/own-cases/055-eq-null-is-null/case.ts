const node = sa.table("nodes", sa.column("provision_state", sa.String));
await op.execute(node.update().where(node.c.provision_state.eq(sa.null())).values({ provision_state: op.inlineLiteral("available") }));
await op.execute(node.update().where(node.c.provision_state.eq(null)).values({ provision_state: op.inlineLiteral("available") }));
await op.execute(node.update().where(node.c.provision_state.ne(sa.null())).values({ provision_state: op.inlineLiteral("x") }));
