await op.addColumn("account", sa.Column(op.f("already_converted"), sa.Integer()));
