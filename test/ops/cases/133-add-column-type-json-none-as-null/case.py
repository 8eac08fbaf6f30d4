op.add_column("t", sa.Column("c", sa.JSON(none_as_null=True)))
