op.create_index("ux_account_code", "account", ["code"], unique=True, mysql_using="hash")
