op.add_column("account", sa.Column(op.f("already_converted"), sa.Integer()))
