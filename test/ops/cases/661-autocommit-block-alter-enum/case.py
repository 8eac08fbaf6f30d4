op.add_column("account", sa.Column("x", sa.Integer()))
with op.get_context().autocommit_block():
    op.execute("ALTER TYPE mood ADD VALUE 'ecstatic'")
op.drop_column("account", "y")
