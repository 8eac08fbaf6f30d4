op.create_index("IX_Upper", "Account", ["Email"], schema="Billing", postgresql_concurrently=True, unique=True)
