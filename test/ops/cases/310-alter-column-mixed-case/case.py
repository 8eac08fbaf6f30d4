op.alter_column("Account", "FullName", nullable=False, new_column_name="DisplayName")
