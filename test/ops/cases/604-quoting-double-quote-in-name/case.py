op.create_table("t", sa.Column('say "hi"', sa.Integer()))
