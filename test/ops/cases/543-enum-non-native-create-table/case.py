op.create_table(
    "t",
    sa.Column("v", sa.Enum("a", "bb", name="v_enum", native_enum=False, create_constraint=True)),
)
