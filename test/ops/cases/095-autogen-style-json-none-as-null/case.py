op.add_column("doc", sa.Column("meta", postgresql.JSON(none_as_null=True, astext_type=sa.Text())))
