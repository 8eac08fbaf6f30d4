op.add_column("t", sa.Column("c", mysql.INTEGER(display_width=11, unsigned=True)))
