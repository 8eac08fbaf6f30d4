op.alter_column("account", "age", type_=mysql.INTEGER(unsigned=True), existing_nullable=True)
