with op.batch_alter_table("tt", recreate="always") as batch_op:
    batch_op.add_column(sa.Column("new0", sa.Text()))
    batch_op.drop_column("note3")
