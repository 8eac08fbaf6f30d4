with op.batch_alter_table("memo", recreate="always", reflect_args=[sa.Column("note", sa.String(100), comment="short")]) as batch_op:
    batch_op.alter_column("n", nullable=False)
