op.create_table(
    "t",
    sa.Column("v", sa.Enum("it's", "plain", "a b", name="quirky")),
)
