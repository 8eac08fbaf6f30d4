op.alter_column("t", "kind", type_=sa.Enum("a", "b", name="ck_kind", native_enum=False, create_constraint=True), existing_type=sa.String(5))
