node = sa.table("nodes", sa.column("provision_state", sa.String))
op.execute(node.update().where(node.c.provision_state == sa.null()).values(provision_state=op.inline_literal("available")))
op.execute(node.update().where(node.c.provision_state == None).values(provision_state=op.inline_literal("available")))
op.execute(node.update().where(node.c.provision_state != sa.null()).values(provision_state=op.inline_literal("x")))
